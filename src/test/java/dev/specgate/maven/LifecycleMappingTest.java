package dev.specgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The m2e metadata in the plugin jar: check runs on incremental builds, every other goal is ignored. */
class LifecycleMappingTest {

    @Test
    void checkRunsOnIncrementalBuildsAndEveryOtherGoalIsIgnored() throws Exception {
        Document m2e = parse("/META-INF/m2e/lifecycle-mapping-metadata.xml");
        Map<String, String> actions = new TreeMap<>();
        NodeList executions = m2e.getElementsByTagName("pluginExecution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element execution = (Element) executions.item(i);
            Element action = (Element) execution.getElementsByTagName("action").item(0);
            String what = action.getElementsByTagName("ignore").getLength() > 0
                    ? "ignore"
                    : "execute runOnIncremental="
                            + action.getElementsByTagName("runOnIncremental")
                                    .item(0)
                                    .getTextContent();
            for (String goal : texts(execution, "goal")) {
                actions.put(goal, what);
            }
        }
        Map<String, String> expected = new TreeMap<>();
        // The goals: each <mojo>'s own <goal> (the help goal also has a "goal" parameter, ${goal}).
        for (String goal : texts(parse("/META-INF/maven/plugin.xml").getDocumentElement(), "goal").stream()
                .filter(g -> !g.startsWith("$"))
                .toList()) {
            expected.put(goal, goal.equals("check") ? "execute runOnIncremental=true" : "ignore");
        }
        assertEquals(expected, actions);
    }

    private static Document parse(String resource) throws Exception {
        try (InputStream in = LifecycleMappingTest.class.getResourceAsStream(resource)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }
}
