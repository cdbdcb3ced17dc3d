package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code verbatim report} on the sample study, by city, over the study's main themes (its
 * top-level codes): the HTML page and the Word document are read back and their figures and
 * quotes checked against {@code crosstab} and {@code compare}.
 */
class CliReportTest {
    static final List<String> CITIES = List.of("Nizhny Novgorod", "Petrozavodsk", "Tomsk");

    @TempDir
    static Path dir;

    static Path project;
    static JsonNode crosstab;
    static JsonNode compare;
    static long marked;

    @BeforeAll
    static void buildTheSampleStudyAndMarkAQuote() {
        project = dir.resolve("report.verbatim");
        Cli.ok("demo", project);
        crosstab = Cli.ok("crosstab", project, "--by", "city", "--where", "role=respondent", "--format", "json").json();
        JsonNode all = Cli.ok("compare", project, "--code", "Threats", "--by", "city", "--where", "role=respondent",
                "--all", "--order", "length", "--format", "json").json();
        JsonNode tomsk = all.get("codes").get(0).get("groups").get(2).get("quotes");
        marked = tomsk.get(tomsk.size() - 1).get("id").asLong();
        Cli.ok("compare", project, "--mark", marked);
        compare = Cli.ok("compare", project, "--code", "Threats", "--by", "city", "--where", "role=respondent",
                "--quotes", "2", "--format", "json").json();
    }

    @Test
    void theHtmlPageHoldsTheStudyEachThemesFiguresAndQuotesAndTheCodebook() throws Exception {
        Path html = dir.resolve("report.html");
        Cli.Result r = Cli.ok("report", project, "--out", html, "--by", "city", "--where", "role=respondent");

        // Two quotes per city and theme, but the one marked quote stands alone for Tomsk on Threats.
        assertThat(r.out()).isEqualTo("Wrote the report to " + html + ": 11 codes, 3 groups by city, 65 quotes\n");
        String text = Files.readString(html);
        assertThat(text).doesNotContain("src=\"http", "href=\"http", "<link", "<script").contains("@media print", "<svg");
        Document page = xhtml(html);
        assertThat(page.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("report");
        assertThat(rows(byId(page, "groups"))).containsExactly(List.of("city", "participants"),
                List.of("Nizhny Novgorod", "15"), List.of("Petrozavodsk", "15"), List.of("Tomsk", "15"));
        assertThat(rows(byId(page, "documents"))).hasSize(22);
        assertThat(rows(byId(page, "coders"))).contains(List.of("elena", "934"), List.of("pavel", "245"));
        assertThat(byId(page, "agreement").getTextContent()).startsWith("Two coders, elena and pavel, coded 4 documents")
                .contains("Cohen's kappa 0.9");

        List<Element> sections = elements(page, "section").stream()
                .filter(s -> s.getAttribute("class").equals("code") && !s.getAttribute("id").equals("codebook")).toList();
        assertThat(sections).hasSize(11);
        Element threats = sections.stream().filter(s -> heading(s).equals("Threats")).findFirst().orElseThrow();
        JsonNode row = row(crosstab, "Threats");
        List<List<String>> figures = rows((Element) threats.getElementsByTagName("table").item(0));
        for (int j = 0; j < 3; j++) {
            assertThat(figures.get(j + 1).get(0)).isEqualTo(CITIES.get(j));
            assertThat(figures.get(j + 1).get(1)).isEqualTo(row.get("counts").get(j).asInt() + " of 15");
        }
        assertThat(threats.getElementsByTagName("svg").getLength()).isEqualTo(1);
        assertThat(threats.getElementsByTagName("rect").getLength()).isEqualTo(3);
        // The quotes are compare's: the marked one for Tomsk, the two most typical elsewhere.
        List<String> quotes = new ArrayList<>();
        NodeList blocks = threats.getElementsByTagName("blockquote");
        for (int i = 0; i < blocks.getLength(); i++) {
            quotes.add(((Element) blocks.item(i)).getElementsByTagName("p").item(0).getTextContent());
        }
        List<String> expected = new ArrayList<>();
        compare.get("codes").get(0).get("groups").forEach(g -> g.get("quotes").forEach(q ->
                expected.add("“" + q.get("text").asText().strip() + "”")));
        assertThat(quotes).containsExactlyElementsOf(expected).hasSize(5);
        assertThat(compare.get("codes").get(0).get("groups").get(2).get("quotes").get(0).get("id").asLong()).isEqualTo(marked);
        assertThat(((Element) blocks.item(0)).getElementsByTagName("footer").item(0).getTextContent())
                .startsWith("— ").contains("(NNV-R", "city Nizhny Novgorod", ".txt");

        Element codebook = byId(page, "codebook");
        List<List<String>> entries = rows((Element) codebook.getElementsByTagName("table").item(0));
        assertThat(entries).hasSize(70);
        assertThat(entries.get(1).get(0)).isEqualTo("CIS and the near abroad");
        assertThat(entries.get(1).get(1)).isEqualTo("23");
        assertThat(entries.get(1).get(2)).isEqualTo("141");
        assertThat(entries.get(1).get(3)).startsWith("Definition: ");
    }

    @Test
    void theWordDocumentHoldsTheSameFiguresQuotesAndCharts() throws Exception {
        Path docx = dir.resolve("report.docx");
        Cli.ok("report", project, "--out", docx, "--by", "city", "--where", "role=respondent", "--codes", "Threats",
                "Regional capacity", "--quotes", "1");

        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("report", "The study", "Threats", "Regional capacity",
                    "Appendix: the codebook");
            assertThat(paragraphs).anySatisfy(p -> assertThat(p).startsWith("Two coders, elena and pavel"));
            String tomskQuote = compare.get("codes").get(0).get("groups").get(2).get("quotes").get(0).get("text").asText();
            assertThat(paragraphs).contains("“" + tomskQuote.strip() + "”");
            List<XWPFTable> tables = doc.getTables();
            // groups, documents, coders, two codes' figures, the codebook
            assertThat(tables).hasSize(6);
            XWPFTable threats = tables.get(3);
            JsonNode row = row(crosstab, "Threats");
            for (int j = 0; j < 3; j++) {
                assertThat(threats.getRow(j + 1).getCell(0).getText()).isEqualTo(CITIES.get(j));
                assertThat(threats.getRow(j + 1).getCell(1).getText()).isEqualTo(row.get("counts").get(j).asInt() + " of 15");
            }
            assertThat(tables.get(5).getNumberOfRows()).isEqualTo(70);
            assertThat(doc.getAllPictures()).hasSize(2).allSatisfy(p -> assertThat(p.getData()).startsWith(0x89, 'P', 'N', 'G'));
        }
    }

    @Test
    void aFileThatIsNeitherHtmlNorWordIsRefusedAndNotWritten() {
        Path pdf = dir.resolve("report.pdf");
        Cli.Result r = Cli.run("report", project, "--out", pdf);

        assertThat(r.err()).isEqualTo("verbatim: Cannot tell the report's format from " + pdf + ": name it .html or .docx\n");
        assertThat(pdf).doesNotExist();
    }

    private static JsonNode row(JsonNode crosstab, String code) {
        for (JsonNode r : crosstab.get("rows")) {
            if (r.get("code").asText().equals(code)) {
                return r;
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static Document xhtml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static Element byId(Document page, String id) {
        for (String tag : List.of("table", "p", "section")) {
            for (Element e : elements(page, tag)) {
                if (id.equals(e.getAttribute("id"))) {
                    return e;
                }
            }
        }
        throw new AssertionError("no element #" + id);
    }

    private static List<Element> elements(Document page, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = page.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static String heading(Element section) {
        return section.getElementsByTagName("h2").item(0).getTextContent();
    }

    private static List<List<String>> rows(Element table) {
        List<List<String>> out = new ArrayList<>();
        NodeList trs = table.getElementsByTagName("tr");
        for (int i = 0; i < trs.getLength(); i++) {
            List<String> cells = new ArrayList<>();
            NodeList children = trs.item(i).getChildNodes();
            for (int c = 0; c < children.getLength(); c++) {
                if (children.item(c) instanceof Element e) {
                    cells.add(e.getTextContent());
                }
            }
            out.add(cells);
        }
        return out;
    }
}
