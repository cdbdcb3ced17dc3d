package org.verbatim.transcript;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the text lines of one subtitle cue into who said what, and cleans the words.
 *
 * <p>Speakers come from WebVTT voice tags ({@code <v Anna>...</v>}, {@code <v.loud Anna>}, as
 * Microsoft Teams writes them) or from a label at the start of a line ({@code Anna: ...}, as
 * Zoom writes them; in SubRip also {@code - Anna: ...} and {@code [Anna] ...}). Labels follow
 * the same rules as in plain-text transcripts ({@link SpeakerLabels}), so ordinary subtitle
 * sentences containing a colon are not mistaken for speakers. A line without a label continues
 * the segment above it.
 *
 * <p>Cleaning removes markup the viewer never sees as text: tags ({@code <i>}, {@code <c.red>},
 * {@code <00:00:01.000>}), and in SubRip also {@code {\an8}} positioning codes; WebVTT character
 * references ({@code &amp;}, {@code &lt;}, {@code &gt;}, {@code &nbsp;}, numeric ones) are
 * decoded; runs of whitespace, including line breaks inside a cue, become one space.
 */
final class CueTextSegmenter {
    /** The two subtitle formats differ in markup and escaping. */
    enum Dialect { WEBVTT, SUBRIP }

    private static final Pattern VOICE_TAG = Pattern.compile("<v(?:\\.[^\\s>]*)?(?:[ \\t]+([^>]*))?>");
    private static final Pattern VTT_TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SRT_TAG = Pattern.compile("</?[A-Za-z][^>]*>|\\{\\\\[^}]*}");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|nbsp|quot|apos|#\\d{1,7}|#[xX][0-9a-fA-F]{1,6});");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

    private static final Pattern NAME_COLON = Pattern.compile(
            "(?:-\\h*)?(?<label>" + SpeakerLabels.LABEL + "):(?=\\h|$)\\h*");
    private static final Pattern NAME_IN_BRACKETS = Pattern.compile(
            "(?:-\\h*)?\\[(?<label>" + SpeakerLabels.LABEL + ")]\\h+(?=\\S)");

    private CueTextSegmenter() {
    }

    static List<CueSegment> segment(long startMs, List<String> lines, Dialect dialect) {
        if (dialect == Dialect.WEBVTT) {
            String joined = String.join("\n", lines);
            if (VOICE_TAG.matcher(joined).find()) {
                return byVoiceTags(startMs, joined);
            }
        }
        return byLabels(startMs, lines, dialect);
    }

    private static List<CueSegment> byVoiceTags(long startMs, String text) {
        List<CueSegment> segments = new ArrayList<>();
        Matcher m = VOICE_TAG.matcher(text);
        String speaker = null;
        int from = 0;
        while (m.find()) {
            addIfNotBlank(segments, startMs, speaker, text.substring(from, m.start()));
            speaker = voiceName(m.group(1));
            from = m.end();
        }
        addIfNotBlank(segments, startMs, speaker, text.substring(from));
        return segments;
    }

    private static String voiceName(String raw) {
        if (raw == null) {
            return null;
        }
        String name = clean(raw, Dialect.WEBVTT);
        return name.isEmpty() ? null : name;
    }

    private static void addIfNotBlank(List<CueSegment> segments, long startMs, String speaker, String raw) {
        String words = clean(raw, Dialect.WEBVTT);
        if (!words.isEmpty()) {
            segments.add(new CueSegment(startMs, speaker, words));
        }
    }

    private static List<CueSegment> byLabels(long startMs, List<String> lines, Dialect dialect) {
        List<CueSegment> segments = new ArrayList<>();
        String speaker = null;
        StringBuilder words = null;
        for (String line : lines) {
            String cleaned = clean(line, dialect);
            if (cleaned.isEmpty()) {
                continue;
            }
            Matcher label = matchLabel(cleaned, dialect);
            if (label != null) {
                flush(segments, startMs, speaker, words);
                speaker = label.group("label");
                words = new StringBuilder(cleaned.substring(label.end()));
            } else if (words == null) {
                words = new StringBuilder(cleaned);
            } else {
                if (words.length() > 0) {
                    words.append(' ');
                }
                words.append(cleaned);
            }
        }
        flush(segments, startMs, speaker, words);
        return segments;
    }

    private static Matcher matchLabel(String line, Dialect dialect) {
        Matcher m = NAME_COLON.matcher(line);
        if (m.lookingAt() && SpeakerLabels.isAcceptable(m.group("label"))) {
            return m;
        }
        if (dialect == Dialect.SUBRIP) {
            m = NAME_IN_BRACKETS.matcher(line);
            if (m.lookingAt() && SpeakerLabels.isAcceptable(m.group("label"))) {
                return m;
            }
        }
        return null;
    }

    private static void flush(List<CueSegment> segments, long startMs, String speaker, StringBuilder words) {
        if (words != null) {
            segments.add(new CueSegment(startMs, speaker, words.toString()));
        }
    }

    static String clean(String raw, Dialect dialect) {
        String s;
        if (dialect == Dialect.WEBVTT) {
            s = unescape(VTT_TAG.matcher(raw).replaceAll(""));
        } else {
            s = SRT_TAG.matcher(raw).replaceAll("");
        }
        s = WHITESPACE.matcher(s).replaceAll(" ").strip();
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return ENTITY.matcher(s).replaceAll(m -> Matcher.quoteReplacement(decodeEntity(m.group(1), m.group())));
    }

    private static String decodeEntity(String name, String asWritten) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "nbsp": return "\u00A0";
            case "quot": return "\"";
            case "apos": return "'";
            default:
                try {
                    int cp = name.startsWith("#x") || name.startsWith("#X")
                            ? Integer.parseInt(name.substring(2), 16)
                            : Integer.parseInt(name.substring(1));
                    return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : asWritten;
                } catch (NumberFormatException e) {
                    return asWritten;
                }
        }
    }
}
