package org.sonobill.x12.validate;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The code lists of our implementation schemas, by implementation loop, segment and element position. StAEDI
 * reports an invalid code against the standard element, which has no list; messages name the guide's codes
 * from here instead.
 */
final class ImplementationCodes {
    private static final Map<String, Set<String>> CODES = new HashMap<>();

    static {
        for (String name : new String[] {"835-005010X221A1.xml", "999-005010X231A1.xml", "277CA-005010X214.xml"}) {
            load(name);
        }
    }

    private ImplementationCodes() {
    }

    /**
     * The codes the guide allows for an element in a loop ("2100", "CLP", 2, 0), or for a component of a composite
     * ("2110", "SVC", 1, 1); an empty set when the guide lists none.
     */
    static Set<String> of(String loop, String segment, int position, int component) {
        return CODES.getOrDefault(loop + "/" + segment + "/" + position + (component > 0 ? "." + component : ""),
                Set.of());
    }

    private static void load(String name) {
        try (InputStream in = ImplementationCodes.class.getResourceAsStream("/org/sonobill/x12/schema/" + name)) {
            if (in == null) {
                throw new IllegalStateException("schema " + name + " is missing from the x12 module's resources");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(in).getDocumentElement();
            Element implementation = (Element) root.getElementsByTagName("implementation").item(0);
            walk(implementation, "");
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("schema " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static void walk(Element parent, String loop) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element child)) {
                continue;
            }
            switch (child.getTagName()) {
                case "loop" -> walk(child, child.getAttribute("code"));
                case "sequence" -> walk(child, loop);
                case "segment" -> segment(child, loop);
                default -> {
                    // other elements carry no codes at this level
                }
            }
        }
    }

    private static void segment(Element segment, String loop) {
        var elements = segment.getElementsByTagName("element");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            Element owner = (Element) element.getParentNode().getParentNode();
            String position = "composite".equals(owner.getTagName())
                    ? owner.getAttribute("position") + "." + element.getAttribute("position")
                    : element.getAttribute("position");
            var values = element.getElementsByTagName("value");
            String key = loop + "/" + segment.getAttribute("type") + "/" + position;
            Set<String> codes = CODES.computeIfAbsent(key, k -> new LinkedHashSet<>());
            for (int v = 0; v < values.getLength(); v++) {
                codes.add(values.item(v).getTextContent());
            }
        }
    }
}
