package org.nodevspython.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * How the POM publishes the site with the Maven Site Plugin, checked without running Maven
 * (.ci/publish-check.sh runs it for real): the plugin's own rendering is skipped for the site
 * goal only, the site phase bakes target/site with the very arguments of the package bake,
 * and site-deploy goes to ${site.deploy.url}, a folder of target/ unless told otherwise.
 */
class SitePublishingPomTest {

    private static Document pom;
    private static final XPath XPATH = XPathFactory.newInstance().newXPath();

    @BeforeAll
    static void parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        pom = factory.newDocumentBuilder().parse(Project.file("pom.xml").toFile());
    }

    @Test
    void theSitePluginIsVersion3_21_0AndSkipsItsOwnRenderingForTheSiteGoalOnly() throws Exception {
        Element plugin = plugin("maven-site-plugin");
        assertEquals("3.21.0", text(plugin, "*[local-name()='version']"));
        Node skip = node(plugin, "*[local-name()='executions']/*[local-name()='execution'][*[local-name()='id']='default-site']"
                + "/*[local-name()='configuration']/*[local-name()='skip']");
        assertNotNull(skip, "the default-site execution must be configured with <skip>true</skip>");
        assertEquals("true", skip.getTextContent().strip());
        // a skip in the plugin's own configuration, or maven.site.skip, would skip site:stage and site:deploy too
        assertEquals(null, node(plugin, "*[local-name()='configuration']/*[local-name()='skip']"),
                "skip belongs to the default-site execution only");
        assertEquals(null, node(pom.getDocumentElement(), "*[local-name()='properties']/*[local-name()='maven.site.skip']"));
    }

    @Test
    void stageAndDeployPublishTheBakedFolder() throws Exception {
        String input = text(plugin("maven-site-plugin"), "*[local-name()='configuration']/*[local-name()='inputDirectory']");
        assertEquals("${project.build.directory}/site", input);
        assertEquals(input, arguments("bake").get(arguments("bake").indexOf("--output") + 1), "stage and deploy read what the bake writes");
    }

    @Test
    void theSitePhaseBakesWithTheArgumentsOfThePackageBake() throws Exception {
        Element bake = execution("bake");
        Element site = execution("bake-site");
        assertEquals("prepare-package", text(bake, "*[local-name()='phase']"));
        assertEquals("site", text(site, "*[local-name()='phase']"));
        assertEquals("java", text(site, "*[local-name()='goals']/*[local-name()='goal']"));
        assertEquals(arguments("bake"), arguments("bake-site"), "same arguments, same bytes as ./mvnw package");
        assertTrue(arguments("bake-site").containsAll(List.of("--source", "${project.basedir}", "--output",
                "${project.build.directory}/site")));
    }

    @Test
    void theSiteLifecycleCompilesTheBakerFirst() throws Exception {
        Element compile = execution("compile-for-site");
        assertEquals("pre-site", text(compile, "*[local-name()='phase']"), "the site lifecycle has no compile phase of its own");
        assertEquals("exec", text(compile, "*[local-name()='goals']/*[local-name()='goal']"));
        assertEquals("${java.home}/bin/javac", text(compile, "*[local-name()='configuration']/*[local-name()='executable']"));
        List<String> arguments = arguments("compile-for-site");
        assertEquals("${project.build.outputDirectory}", arguments.get(arguments.indexOf("-d") + 1));
        assertEquals("${project.build.sourceDirectory}", arguments.get(arguments.indexOf("-sourcepath") + 1));
        assertTrue(arguments.get(arguments.size() - 1).endsWith("/org/nodevspython/cli/SiteCommand.java"));
    }

    @Test
    void siteDeployGoesToSiteDeployUrlAFolderOfTargetByDefault() throws Exception {
        assertEquals("${site.deploy.url}", text(pom.getDocumentElement(),
                "*[local-name()='distributionManagement']/*[local-name()='site']/*[local-name()='url']"));
        assertFalse(text(pom.getDocumentElement(),
                "*[local-name()='distributionManagement']/*[local-name()='site']/*[local-name()='id']").isBlank());
        assertEquals("file://${project.build.directory}/published",
                text(pom.getDocumentElement(), "*[local-name()='properties']/*[local-name()='site.deploy.url']"));
    }

    // ---------------------------------------------------------------- helpers

    private static Element plugin(String artifactId) throws Exception {
        Node plugin = node(pom.getDocumentElement(), "*[local-name()='build']/*[local-name()='plugins']/*[local-name()='plugin']"
                + "[*[local-name()='artifactId']='" + artifactId + "']");
        assertNotNull(plugin, "no plugin " + artifactId + " in the build");
        return (Element) plugin;
    }

    private static Element execution(String id) throws Exception {
        Node execution = node(plugin("exec-maven-plugin"), "*[local-name()='executions']/*[local-name()='execution']"
                + "[*[local-name()='id']='" + id + "']");
        assertNotNull(execution, "no exec-maven-plugin execution " + id);
        return (Element) execution;
    }

    /** The arguments of an exec execution, {@code <classpath/>} written as "<classpath>". */
    private static List<String> arguments(String executionId) throws Exception {
        NodeList nodes = (NodeList) XPATH.evaluate("*[local-name()='configuration']/*[local-name()='arguments']/*",
                execution(executionId), XPathConstants.NODESET);
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            arguments.add(node.getLocalName().equals("classpath") ? "<classpath>" : node.getTextContent().strip());
        }
        return arguments;
    }

    private static Node node(Node from, String path) throws Exception {
        return (Node) XPATH.evaluate(path, from, XPathConstants.NODE);
    }

    private static String text(Node from, String path) throws Exception {
        Node node = node(from, path);
        assertNotNull(node, "nothing at " + path);
        return node.getTextContent().strip();
    }
}
