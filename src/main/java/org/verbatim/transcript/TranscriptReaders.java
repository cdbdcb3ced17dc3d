package org.verbatim.transcript;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way into this package: reads a transcript file (.txt, .md, .docx, .vtt, .srt) into
 * normalised text with its speaker turns, or refuses it with a reason a researcher can act on.
 *
 * <p>Every file passes the same gate first (it exists, is an ordinary file, at most 64 MB, not
 * empty); text formats are then checked for binary content, decoded (detecting UTF-8, UTF-16,
 * Windows-1251 and KOI8-R) and normalised; Word files are checked for zip bombs and DTDs before
 * Apache POI opens them. All of this is bounded in time and memory, because files come from
 * wherever researchers collected them.
 */
public final class TranscriptReaders {
    private static final Logger LOG = LoggerFactory.getLogger(TranscriptReaders.class);

    private TranscriptReaders() {
    }

    /**
     * Whether the file's extension is one Verbatim reads (.txt, .md, .markdown, .docx, .vtt,
     * .srt, in any case). Says nothing about whether the content is readable.
     */
    public static boolean isSupported(Path file) {
        return TranscriptFileTypes.formatOf(file).isPresent();
    }

    /**
     * Reads a transcript.
     *
     * @param options encoding and language overrides; null or {@link ReadOptions#DETECT} to detect both
     * @throws TranscriptRefusedException if the file is not something Verbatim can import; the
     *                                    reason says why
     * @throws IOException                if reading fails for reasons unrelated to the content
     */
    public static ParsedTranscript read(Path file, ReadOptions options) throws TranscriptRefusedException, IOException {
        return read(file, options, ReadLimits.DEFAULT);
    }

    /**
     * Brings text typed or pasted into a transcript to the form all offsets refer to (no byte
     * order mark, LF line breaks, Unicode NFC), as an import does.
     */
    public static String normalise(String text) {
        return TextNormaliser.normalise(text);
    }

    /** The speaker turns of a transcript's (normalised) text, found as an import of a .txt file finds them. */
    public static java.util.List<ParsedTurn> turnsOf(String text) {
        return SpeakerTurnParser.parse(text);
    }

    static ParsedTranscript read(Path file, ReadOptions options, ReadLimits limits)
            throws TranscriptRefusedException, IOException {
        Objects.requireNonNull(file, "file");
        ReadOptions opts = options == null ? ReadOptions.DETECT : options;
        try {
            SourceFormat format = TranscriptFileTypes.formatOf(file)
                    .orElseThrow(() -> new ContentRefusedException(TranscriptFileTypes.unsupportedReason(file)));
            byte[] bytes = new FileGuard(limits).readBytes(file);
            ParsedTranscript transcript = format == SourceFormat.DOCX
                    ? readDocx(bytes, limits, opts)
                    : readText(bytes, format, opts, limits);
            LOG.debug("Read {} as {} ({}, {}): {} characters, {} turns", file.getFileName(), format,
                    transcript.encoding(), transcript.language(), transcript.text().length(), transcript.turns().size());
            return transcript;
        } catch (ContentRefusedException e) {
            LOG.debug("Refused {}: {}", file, e.reason());
            throw new TranscriptRefusedException(file, e.reason(), e.getCause());
        }
    }

    /**
     * Reads transcript text that arrives already decoded (a source inside a REFI-QDA project):
     * normalised and split into speaker turns exactly as a .txt file would be. The caller
     * decides what an empty text means.
     */
    public static ParsedTranscript fromText(String text) {
        String normalised = TextNormaliser.normalise(text);
        return assemble(new TextWithTurns(normalised, SpeakerTurnParser.parse(normalised)), SourceFormat.TEXT, "UTF-8",
                ReadOptions.DETECT);
    }

    private static ParsedTranscript readText(byte[] bytes, SourceFormat format, ReadOptions options, ReadLimits limits)
            throws ContentRefusedException {
        Charset encoding = options.encoding() != null ? options.encoding() : Utf16Sniffer.sniff(bytes);
        BinaryContentCheck.checkBytes(bytes, encoding);
        DecodedText decoded = TextDecoder.decode(bytes, encoding);
        BinaryContentCheck.checkText(decoded.text());
        String text = TextNormaliser.normalise(decoded.text());
        if (text.isBlank()) {
            throw new ContentRefusedException("the file is empty");
        }
        TextWithTurns parsed;
        switch (format) {
            case VTT:
                parsed = WebVttReader.read(text);
                break;
            case SRT:
                parsed = SubRipReader.read(text);
                break;
            default:
                parsed = new TextWithTurns(text, SpeakerTurnParser.parse(text, limits.maxTurns()));
                break;
        }
        refuseTooManyTurns(parsed, limits);
        if (parsed.text().isBlank()) {
            throw new ContentRefusedException("the subtitles contain no text");
        }
        return assemble(parsed, format, decoded.charsetName(), options);
    }

    private static ParsedTranscript readDocx(byte[] bytes, ReadLimits limits, ReadOptions options)
            throws ContentRefusedException {
        new DocxArchiveGuard(limits).check(bytes);
        String text = TextNormaliser.normalise(DocxTextExtractor.extract(bytes));
        if (text.isBlank()) {
            throw new ContentRefusedException("the document contains no text");
        }
        // Word stores its XML as UTF-8; --encoding has nothing to override here.
        TextWithTurns parsed = new TextWithTurns(text, SpeakerTurnParser.parse(text, limits.maxTurns()));
        refuseTooManyTurns(parsed, limits);
        return assemble(parsed, SourceFormat.DOCX, "UTF-8", options);
    }

    private static void refuseTooManyTurns(TextWithTurns parsed, ReadLimits limits) throws ContentRefusedException {
        if (parsed.turns().size() > limits.maxTurns()) {
            throw new ContentRefusedException(String.format(java.util.Locale.ROOT,
                    "it holds more than %,d speaker turns, the limit for one transcript; split it into several files",
                    limits.maxTurns()));
        }
    }

    private static ParsedTranscript assemble(TextWithTurns parsed, SourceFormat format, String encoding,
                                             ReadOptions options) {
        String language = options.language() != null ? options.language() : LanguageDetector.detect(parsed.text());
        return new ParsedTranscript(parsed.text(), parsed.turns(), format, encoding, language, parsed.notes());
    }
}
