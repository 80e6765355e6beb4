package org.nodevspython.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.rules.BuildFailedException;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;
import org.nodevspython.strict.Fixture;

/**
 * The step "read sources" on a copy of the real project: the settings, the languages (source
 * first), the interface strings and the references; without usable languages the bake stops here,
 * while a mistake in the references is only collected.
 */
class SourcesTest {

    @TempDir
    Path tmp;

    @Test
    void theRealSources() {
        Fixture project = Fixture.copyOfRealProject(tmp);
        Problems problems = new Problems(project.root());
        Sources sources = Sources.read(project.root(), project.output(), problems);
        assertEquals(List.of(), problems.all());
        assertEquals(project.path("content"), sources.config().contentFolder().toAbsolutePath().normalize());
        assertEquals(project.path("templates"), sources.config().templateFolder().toAbsolutePath().normalize());
        assertEquals(project.path("data"), sources.config().dataFolder());
        assertEquals("https://node-vs-python.github.io/", sources.config().siteHost());
        assertEquals("page.ftl", sources.config().template("page"));
        assertEquals(List.of("pt-BR", "en"), sources.localization().codes());
        assertEquals("", sources.localization().source().folder(), "the source language is served at the root");
        assertEquals("Node.js or Python?", sources.localization().strings("en").get("site_title"));
        assertTrue(sources.references().keys().contains("netflix-techblog"), sources.references().keys().toString());
        assertEquals(1, sources.references().all().get(0).number());
    }

    @Test
    void withoutItsLanguagesTheBakeStopsHere() {
        Fixture project = Fixture.copyOfRealProject(tmp);
        project.replaceInFile("data/i18n.yaml", "    en: \"Node.js or Python?\"\n", "");
        Problems problems = new Problems(project.root());
        BuildFailedException failure = assertThrows(BuildFailedException.class,
                () -> Sources.read(project.root(), project.output(), problems));
        assertEquals(List.of(Rule.STRING_MISSING_LANGUAGE), failure.problems().stream().map(p -> p.rule()).toList());
        assertEquals("data/i18n.yaml", failure.problems().get(0).path());
    }

    @Test
    void aMistakeInTheReferencesIsCollected() {
        Fixture project = Fixture.copyOfRealProject(tmp);
        project.replaceInFile("data/references.yaml", "    publisher: \"Netguru\"\n", "");
        Problems problems = new Problems(project.root());
        Sources sources = Sources.read(project.root(), project.output(), problems);
        assertEquals(List.of(Rule.YAML_KEY_MISSING), problems.all().stream().map(p -> p.rule()).toList());
        assertTrue(sources.references().get("netguru-node-vs-python").isEmpty(), "the broken entry is not used");
        assertTrue(sources.references().declares("netguru-node-vs-python"), "but it is known, so citing it is no second mistake");
    }
}
