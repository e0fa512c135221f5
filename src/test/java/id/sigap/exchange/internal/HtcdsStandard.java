package id.sigap.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The HTCDS 2.0 code lists read from the standard's master table (src/test/resources/exchange/htcds, CC BY 4.0): field
 * name including prefix → picklist value names (empty list for fields without a picklist).
 */
final class HtcdsStandard {

    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private HtcdsStandard() {}

    static Map<String, List<String>> fields() throws Exception {
        try (InputStream in = HtcdsStandard.class.getResourceAsStream("/exchange/htcds/field-standards-2.0.ods");
                ZipInputStream zip = new ZipInputStream(in)) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("content.xml")) {
                    return parse(zip);
                }
            }
        }
        throw new IOException("content.xml missing");
    }

    private static Map<String, List<String>> parse(InputStream content) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var doc = factory.newDocumentBuilder().parse(content);
        Map<String, List<String>> out = new LinkedHashMap<>();
        NodeList rows = doc.getElementsByTagNameNS(TABLE, "table-row");
        for (int i = 0; i < rows.getLength(); i++) {
            List<String> cells = cells((Element) rows.item(i));
            // columns: Section, Status, Core, Prefix, Name, Label, Name including prefix, Type, SF, Value names, ...
            if (cells.size() > 6 && cells.get(6).matches("[a-z]{3}_\\w+")) {
                List<String> values = new ArrayList<>();
                if (cells.size() > 9 && !cells.get(9).isBlank() && !cells.get(9).startsWith("Use ISO")) {
                    for (String v : cells.get(9).split("\n")) {
                        if (!v.isBlank()) {
                            values.add(v.strip());
                        }
                    }
                }
                out.put(cells.get(6), values);
            }
        }
        return out;
    }

    private static List<String> cells(Element row) {
        List<String> out = new ArrayList<>();
        NodeList cells = row.getElementsByTagNameNS(TABLE, "table-cell");
        for (int i = 0; i < cells.getLength() && out.size() < 14; i++) {
            Element c = (Element) cells.item(i);
            int repeat = c.hasAttributeNS(TABLE, "number-columns-repeated")
                    ? Math.min(14, Integer.parseInt(c.getAttributeNS(TABLE, "number-columns-repeated")))
                    : 1;
            NodeList ps = c.getElementsByTagNameNS(TEXT, "p");
            List<String> lines = new ArrayList<>();
            for (int k = 0; k < ps.getLength(); k++) {
                lines.add(ps.item(k).getTextContent());
            }
            for (int r = 0; r < repeat; r++) {
                out.add(String.join("\n", lines));
            }
        }
        return out;
    }
}
