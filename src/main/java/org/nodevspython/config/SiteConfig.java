package org.nodevspython.config;

import java.nio.file.Path;

import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentTypes;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;

/**
 * The site's settings, {@code jbake.properties} read by jbake-core's own configuration: the
 * folders, the site's address and one template per page type. Loading them also sets up
 * JBake's registries of document types (one per {@code template.<type>.file}), which are
 * static: bakes must not run at the same time.
 */
public final class SiteConfig {

    /** The settings file, at the project's root. */
    public static final String FILE = "jbake.properties";
    private static final java.util.concurrent.atomic.AtomicBoolean LISTENING = new java.util.concurrent.atomic.AtomicBoolean();
    /** Where the site is baked unless told otherwise, below the project. */
    public static final Path OUTPUT = Path.of("target", "site");

    private final Path project;
    private final DefaultJBakeConfiguration jbake;

    private SiteConfig(Path project, DefaultJBakeConfiguration jbake) {
        this.project = project;
        this.jbake = jbake;
    }

    /** @param destination where this bake writes the site (JBake's destination folder) */
    public static SiteConfig load(Path project, Path destination) {
        DefaultJBakeConfiguration jbake = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toFile(), destination.toFile(), true);
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        // the template variables published_<type>s and <type>s of every document type, as in stock JBake; JBake keeps
        // its listeners in a static set that no reset empties: one listener for every bake of this JVM (the preview's)
        if (LISTENING.compareAndSet(false, true)) {
            DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        }
        for (String type : jbake.getDocumentTypes()) {
            DocumentTypes.addDocumentType(type);
        }
        return new SiteConfig(project, jbake);
    }

    /** JBake's own view of the settings, for the parts of jbake-core the bake uses. */
    public DefaultJBakeConfiguration jbake() {
        return jbake;
    }

    public Path project() {
        return project;
    }

    public Path contentFolder() {
        return jbake.getContentFolder().toPath();
    }

    public Path templateFolder() {
        return jbake.getTemplateFolder().toPath();
    }

    public Path assetFolder() {
        return jbake.getAssetFolder().toPath();
    }

    /** The project's data files: the interface strings, the references and the charts' figures. */
    public Path dataFolder() {
        return project.resolve("data");
    }

    /** The public address of the site, ending with a slash. */
    public String siteHost() {
        String host = jbake.getSiteHost();
        return host.endsWith("/") ? host : host + "/";
    }

    /**
     * The address that, followed by a file's path in the repository, edits it on the code host ({@code site.edit_base});
     * empty when the site gives none, and then no page has an "edit" link.
     */
    public java.util.Optional<String> editBase() {
        Object value = jbake.get("site.edit_base");
        return value == null || value.toString().isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value.toString().strip());
    }

    /** The template file of a page type, as {@code template.<type>.file} names it. */
    public String template(String type) {
        return jbake.getTemplateByDocType(type);
    }
}
