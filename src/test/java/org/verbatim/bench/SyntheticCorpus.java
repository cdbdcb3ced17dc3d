package org.verbatim.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic study: interview and focus-group transcripts with speaker turns and
 * timestamps, in English (seven in ten) and Russian, whose words follow Zipf's law over a real
 * head vocabulary (function words, then the study's topic words) and an invented long tail;
 * now and then a set phrase ("foreign policy", "мягкая сила"). Participants have a city, a
 * sphere of work and a gender; every respondent of a transcript comes from its city. The same
 * seed writes the same corpus.
 */
final class SyntheticCorpus {
    static final List<String> CITIES = List.of("Nizhny Novgorod", "Tomsk", "Petrozavodsk", "Kazan", "Vladivostok");
    static final List<String> SPHERES = List.of("academia", "business", "civil service", "media", "NGO");

    private static final String ENGLISH_HEAD = "the of and to a in that it is was i for on you he be with as by at"
            + " have are this not but had his they from she which or we an there her were one do been all their has"
            + " would will what if can when so no said who more about up them some could him into its then two out time"
            + " like only my did other me your now over just may after where most know think see also well because"
            + " people russia country state government foreign policy china europe america west partner sanctions"
            + " power soft ministry relations students university work career diplomat region moscow economy trade"
            + " security interests influence image abroad crisis market energy neighbours cooperation strategy";
    private static final String RUSSIAN_HEAD = "и в не на я что он с как а то все она так его но да ты к у же вы за"
            + " бы по только ее мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни"
            + " быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо"
            + " россия страна государство политика внешняя китай европа америка запад партнёр санкции сила мягкая"
            + " министерство отношения студенты университет работа карьера дипломат регион москва экономика"
            + " торговля безопасность интересы влияние образ кризис рынок энергия соседи сотрудничество стратегия";
    private static final String[] ENGLISH_SYLLABLES = {"ar", "ben", "cor", "dal", "en", "fis", "gor", "hal", "in", "jor",
        "kel", "lin", "mor", "nel", "or", "par", "quin", "ros", "sal", "tor", "ur", "val", "wen", "yor", "zel"};
    private static final String[] RUSSIAN_SYLLABLES = {"ба", "ве", "го", "да", "ел", "жи", "зо", "ки", "ло", "ми", "но",
        "ор", "пе", "ра", "со", "ту", "ус", "фе", "ха", "це", "чи", "ша", "ще", "юр", "яс"};
    private static final int VOCABULARY = 30_000;

    /** What was written: the transcripts, the participants sheet, the documents sheet, and the words. */
    record Written(Path folder, Path transcripts, Path participants, Path documents, long words, long bytes) { }

    private final int transcripts;
    private final int wordsPerTranscript;
    private final Vocabulary english;
    private final Vocabulary russian;

    SyntheticCorpus(int transcripts, int wordsPerTranscript) {
        this.transcripts = transcripts;
        this.wordsPerTranscript = wordsPerTranscript;
        this.english = new Vocabulary(ENGLISH_HEAD.split(" "), ENGLISH_SYLLABLES, 11);
        this.russian = new Vocabulary(RUSSIAN_HEAD.split(" "), RUSSIAN_SYLLABLES, 13);
    }

    /** Zipf-distributed words: the head words first, then invented ones, rank r drawn with weight 1/r. */
    private static final class Vocabulary {
        final String[] words = new String[VOCABULARY];
        final double[] cumulative = new double[VOCABULARY];

        Vocabulary(String[] head, String[] syllables, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            System.arraycopy(head, 0, words, 0, head.length);
            for (int i = head.length; i < VOCABULARY; i++) {
                StringBuilder w = new StringBuilder();
                int n = 2 + random.nextInt(3);
                for (int k = 0; k < n; k++) {
                    w.append(syllables[random.nextInt(syllables.length)]);
                }
                words[i] = w.toString();
            }
            double sum = 0;
            for (int r = 0; r < VOCABULARY; r++) {
                sum += 1.0 / (r + 1);
                cumulative[r] = sum;
            }
            for (int r = 0; r < VOCABULARY; r++) {
                cumulative[r] /= sum;
            }
        }

        String draw(SplittableRandom random) {
            int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
            return words[i < 0 ? Math.min(-i - 1, VOCABULARY - 1) : i];
        }
    }

    Written write(Path folder) throws IOException {
        Path texts = Files.createDirectories(folder.resolve("transcripts"));
        Path participants = folder.resolve("participants.csv");
        Path documents = folder.resolve("documents.csv");
        SplittableRandom random = new SplittableRandom(2012);
        int respondentsPerCity = Math.max(6, transcripts / CITIES.size());
        long words = 0;
        long bytes = 0;
        try (BufferedWriter people = Files.newBufferedWriter(participants, StandardCharsets.UTF_8)) {
            people.write("id,city,sphere,gender\n");
            for (int c = 0; c < CITIES.size(); c++) {
                people.write(String.format(Locale.ROOT, "I%d,%s,academia,female%n", c, CITIES.get(c)));
                for (int r = 0; r < respondentsPerCity; r++) {
                    people.write(String.format(Locale.ROOT, "R%d-%04d,%s,%s,%s%n", c, r, CITIES.get(c),
                            SPHERES.get(r % SPHERES.size()), r % 2 == 0 ? "female" : "male"));
                }
            }
        }
        try (BufferedWriter docs = Files.newBufferedWriter(documents, StandardCharsets.UTF_8)) {
            docs.write("file,city,format\n");
            for (int t = 0; t < transcripts; t++) {
                int city = t % CITIES.size();
                boolean focus = t % 10 == 9;
                boolean russianText = t % 10 >= 7;
                String name = String.format(Locale.ROOT, "T%05d-%s.txt", t, russianText ? "ru" : "en");
                List<String> respondents = new ArrayList<>();
                for (int k = 0; k < (focus ? 5 : 1); k++) {
                    respondents.add(String.format(Locale.ROOT, "R%d-%04d", city, random.nextInt(respondentsPerCity)));
                }
                String text = transcript(random, russianText ? russian : english, "I" + city, respondents);
                Files.writeString(texts.resolve(name), text, StandardCharsets.UTF_8);
                docs.write(name + "," + CITIES.get(city) + "," + (focus ? "focus group" : "in-depth") + "\n");
                words += wordsPerTranscript;
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return new Written(folder, texts, participants, documents, words, bytes);
    }

    private String transcript(SplittableRandom random, Vocabulary v, String interviewer, List<String> respondents) {
        StringBuilder sb = new StringBuilder(wordsPerTranscript * 8);
        sb.append("Synthetic interview, ").append(respondents.size() > 1 ? "focus group" : "in-depth").append("\n\n");
        int written = 0;
        int seconds = 0;
        boolean asking = true;
        while (written < wordsPerTranscript) {
            String speaker = asking ? interviewer : respondents.get(random.nextInt(respondents.size()));
            int n = Math.min(wordsPerTranscript - written, asking ? 8 + random.nextInt(20) : 40 + random.nextInt(160));
            sb.append(String.format(Locale.ROOT, "[%02d:%02d:%02d] %s: ", seconds / 3600, seconds / 60 % 60, seconds % 60,
                    speaker));
            sentences(sb, random, v, n, asking);
            sb.append('\n');
            written += n;
            seconds += n / 2 + 3;
            asking = !asking;
        }
        return sb.toString();
    }

    /** {@code n} words as sentences; set phrases appear in about one sentence in forty. */
    private static void sentences(StringBuilder sb, SplittableRandom random, Vocabulary v, int n, boolean question) {
        int inSentence = 0;
        int sentenceLength = 6 + random.nextInt(15);
        for (int i = 0; i < n; i++) {
            String word;
            if (inSentence == 2 && random.nextInt(40) == 0 && i + 1 < n) {
                String[] phrase = phrase(v, random);
                word = phrase[0];
                sb.append(word).append(' ');
                i++;
                inSentence++;
                word = phrase[1];
            } else {
                word = v.draw(random);
            }
            if (inSentence == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            sb.append(word);
            inSentence++;
            if (i == n - 1) {
                sb.append(question ? '?' : '.');
            } else if (inSentence >= sentenceLength) {
                sb.append(". ");
                inSentence = 0;
                sentenceLength = 6 + random.nextInt(15);
            } else {
                sb.append(random.nextInt(12) == 0 ? ", " : " ");
            }
        }
    }

    private static String[] phrase(Vocabulary v, SplittableRandom random) {
        boolean english = v.words[0].equals("the");
        String[][] phrases = english
                ? new String[][] {{"foreign", "policy"}, {"soft", "power"}, {"foreign", "ministry"}, {"economic", "sanctions"}}
                : new String[][] {{"внешняя", "политика"}, {"мягкая", "сила"}, {"министерство", "иностранных"},
                    {"экономические", "санкции"}};
        return phrases[random.nextInt(phrases.length)];
    }
}
