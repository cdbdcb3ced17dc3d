package org.verbatim.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.SplittableRandom;
import org.verbatim.project.Project;

/**
 * Writes a large coded study straight into a new project's database: focus groups of five
 * respondents and a moderator (not a participant), respondents in three cities, a flat
 * codebook, and segments laid on respondents' turns — most inside one turn, some running on
 * into the next, many overlapping. Rows go in JDBC batches committed every
 * {@link #COMMIT_EVERY} rows, which keeps the heap small.
 */
final class SyntheticCodedStudy {
    static final String[] CITIES = {"Nizhny Novgorod", "Tomsk", "Petrozavodsk"};
    private static final int COMMIT_EVERY = 50_000;
    private static final int RESPONDENTS_PER_GROUP = 5;
    private static final int ROUNDS = 10;
    private static final String[] WORDS = {"China", "invests", "in", "the", "region", "and", "Europe", "is", "far",
        "from", "us", "but", "we", "trade", "with", "them", "every", "year", "our", "ministry", "hires", "people",
        "from", "Moscow", "only", "sanctions", "hurt", "small", "business", "students", "travel", "abroad"};

    private final int participants;
    private final int codes;
    private final int segments;
    private final SplittableRandom random = new SplittableRandom(2012);

    SyntheticCodedStudy(int participants, int codes, int segments) {
        this.participants = participants;
        this.codes = codes;
        this.segments = segments;
    }

    int documents() {
        return participants / RESPONDENTS_PER_GROUP;
    }

    /** Creates the project in {@code folder} and fills it. */
    void writeTo(Path folder) throws SQLException {
        Project.create(folder).close();
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("project");
        try (Connection c = DriverManager.getConnection(url, "verbatim", "")) {
            c.setAutoCommit(false);
            participantsAndAttributes(c);
            codebook(c);
            documentsTurnsAndSegments(c);
            c.commit();
        }
    }

    private void participantsAndAttributes(Connection c) throws SQLException {
        try (PreparedStatement attribute = c.prepareStatement("INSERT INTO attribute (id, name, scope, type) VALUES (?,?,?,?)")) {
            attribute.setLong(1, 1);
            attribute.setString(2, "city");
            attribute.setString(3, "PARTICIPANT");
            attribute.setString(4, "TEXT");
            attribute.executeUpdate();
            attribute.setLong(1, 2);
            attribute.setString(2, "age");
            attribute.setString(3, "PARTICIPANT");
            attribute.setString(4, "INTEGER");
            attribute.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO participant (id, pkey, name) VALUES (?,?,?)");
             PreparedStatement v = c.prepareStatement(
                     "INSERT INTO participant_value (participant_id, attribute_id, attr_value) VALUES (?,?,?)")) {
            for (int i = 1; i <= participants; i++) {
                p.setLong(1, i);
                p.setString(2, key(i));
                p.setString(3, "Respondent " + i);
                p.addBatch();
                v.setLong(1, i);
                v.setLong(2, 1);
                v.setString(3, cityOf(i));
                v.addBatch();
                v.setLong(1, i);
                v.setLong(2, 2);
                v.setString(3, Integer.toString(20 + random.nextInt(15)));
                v.addBatch();
                if (i % COMMIT_EVERY == 0) {
                    flush(c, p, v);
                }
            }
            flush(c, p, v);
        }
    }

    private void codebook(Connection c) throws SQLException {
        try (PreparedStatement code = c.prepareStatement("INSERT INTO code (id, name, color) VALUES (?,?,?)");
             PreparedStatement coder = c.prepareStatement("INSERT INTO coder (id, name) VALUES (1, 'bench')")) {
            for (int i = 1; i <= codes; i++) {
                code.setLong(1, i);
                code.setString(2, String.format("Theme %02d", i));
                code.setString(3, "#4E79A7");
                code.addBatch();
            }
            code.executeBatch();
            coder.executeUpdate();
        }
    }

    /**
     * One focus group per five respondents, every respondent speaking {@link #ROUNDS} times, each
     * round opened by the moderator.
     */
    private void documentsTurnsAndSegments(Connection c) throws SQLException {
        int perDocument = segments / documents();
        try (PreparedStatement doc = c.prepareStatement("INSERT INTO document (id, name, format, language, encoding,"
                + " source_file, source_sha256, imported_at, word_count, text) VALUES (?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement turn = c.prepareStatement("INSERT INTO turn (document_id, idx, speaker, start_offset,"
                     + " end_offset) VALUES (?,?,?,?,?)");
             PreparedStatement speaker = c.prepareStatement("INSERT INTO speaker_map (document_id, speaker,"
                     + " participant_id) VALUES (?,?,?)");
             PreparedStatement segment = c.prepareStatement("INSERT INTO segment (document_id, code_id, coder_id,"
                     + " start_offset, end_offset, covered_text, created_at) VALUES (?,?,1,?,?,?,?)")) {
            Timestamp now = Timestamp.from(Instant.parse("2012-04-01T10:00:00Z"));
            int pending = 0;
            for (int d = 1; d <= documents(); d++) {
                int[] respondents = respondentsOf(d);
                StringBuilder text = new StringBuilder();
                int turns = 0;
                int[][] respondentTurns = new int[RESPONDENTS_PER_GROUP * ROUNDS][];
                int words = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    for (int r = -1; r < RESPONDENTS_PER_GROUP; r++) {
                        String label = r < 0 ? "Moderator" : "Respondent " + respondents[r];
                        text.append(label).append(": ");
                        int start = text.length();
                        int n = r < 0 ? 8 : 30;
                        for (int w = 0; w < n; w++) {
                            text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                        }
                        words += n;
                        int end = text.length();
                        text.append(".\n");
                        turn.setLong(1, d);
                        turn.setInt(2, turns++);
                        turn.setString(3, label);
                        turn.setInt(4, start);
                        turn.setInt(5, end);
                        turn.addBatch();
                        if (r >= 0) {
                            respondentTurns[round * RESPONDENTS_PER_GROUP + r] = new int[] {start, end};
                        }
                    }
                }
                String body = text.toString();
                doc.setLong(1, d);
                doc.setString(2, String.format("FG-%05d.txt", d));
                doc.setString(3, "text");
                doc.setString(4, "en");
                doc.setString(5, "UTF-8");
                doc.setString(6, "synthetic");
                doc.setString(7, String.format("%064d", d));
                doc.setTimestamp(8, now);
                doc.setInt(9, words);
                doc.setString(10, body);
                doc.addBatch();
                for (int r = 0; r < RESPONDENTS_PER_GROUP; r++) {
                    speaker.setLong(1, d);
                    speaker.setString(2, "Respondent " + respondents[r]);
                    speaker.setLong(3, respondents[r]);
                    speaker.addBatch();
                }
                for (int s = 0; s < perDocument; s++) {
                    int k = random.nextInt(respondentTurns.length);
                    int[] t = respondentTurns[k];
                    int start = t[0] + random.nextInt(t[1] - t[0] - 20);
                    // One segment in ten runs on into the next turn: a moderator's, or the next respondent's.
                    int end = random.nextInt(10) == 0 && k + 1 < respondentTurns.length
                            ? respondentTurns[k + 1][0] + 20 : Math.min(t[1], start + 20 + random.nextInt(100));
                    segment.setLong(1, d);
                    segment.setLong(2, 1 + random.nextInt(codes));
                    segment.setInt(3, start);
                    segment.setInt(4, end);
                    segment.setString(5, body.substring(start, end));
                    segment.setTimestamp(6, now);
                    segment.addBatch();
                }
                pending += perDocument;
                if (pending >= COMMIT_EVERY || d == documents()) {
                    flush(c, doc, turn, speaker, segment);
                    pending = 0;
                }
            }
        }
    }

    /** The five respondents of group {@code d}, who live in the city the group was held in. */
    private static int[] respondentsOf(int d) {
        int[] out = new int[RESPONDENTS_PER_GROUP];
        for (int r = 0; r < RESPONDENTS_PER_GROUP; r++) {
            out[r] = (d - 1) * RESPONDENTS_PER_GROUP + r + 1;
        }
        return out;
    }

    /** The city of a participant: that of their group; groups go round the three cities in turn. */
    private static String cityOf(int participant) {
        return CITIES[((participant - 1) / RESPONDENTS_PER_GROUP) % CITIES.length];
    }

    static String key(int participant) {
        return String.format("R%05d", participant);
    }

    private static void flush(Connection c, PreparedStatement... statements) throws SQLException {
        for (PreparedStatement s : statements) {
            s.executeBatch();
        }
        c.commit();
    }
}
