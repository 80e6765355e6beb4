package org.nodevspython.config;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.BiFunction;

import org.nodevspython.content.PageType;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;
import org.nodevspython.yaml.YamlMap;

/**
 * {@code jbake.properties} read line by line, before jbake-core reads it: jbake-core's configuration
 * keeps the first value of a key given twice (it reads it as a list) and ignores a key it does not
 * know, so adding {@code site.host=...} at the end of the file, or misspelling a key, would change
 * nothing and say nothing. Here every key the build reads is checked at its line: given once,
 * known, and of the right form.
 */
final class SettingsFile {

    /** One {@code key=value} of the file, decoded as {@link Properties} decodes it. */
    record Setting(String key, String value, int line, int column) {
    }

    /** What a setting must be: null when its value is fine, else how to write it. */
    private interface Check extends BiFunction<Path, String, String> {
    }

    private static final Check FOLDER = (project, value) -> folder(project, value);
    private static final Check UTF_8 = (project, value) -> value.equalsIgnoreCase("UTF-8") ? null
            : "write UTF-8: the build reads and writes every file as UTF-8";
    private static final Check FALSE = (project, value) -> value.equalsIgnoreCase("false") ? null
            : "write false: this site makes none of JBake's blog pages (index, feed, archive, tags) and keeps the .html names"
            + " that links from file:// need; the sitemap comes from template.sitemap.file";
    private static final Check BOOLEAN = (project, value) -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") ? null
            : "write true or false";

    private static final Map<String, Check> CHECKS = new LinkedHashMap<>();

    static {
        CHECKS.put("site.host", (project, value) -> address(value, "the public address of the site, e.g. https://example.org/docs/"));
        // "Edit this page": the address that, followed by a file's path in the repository, opens it in the code host's
        // editor (GitHub: https://github.com/OWNER/REPO/edit/BRANCH/); no link when the key is absent
        CHECKS.put("site.edit_base", (project, value) -> {
            String wrong = address(value, "the address of the repository's editor, e.g. https://github.com/owner/repo/edit/main/");
            return wrong != null ? wrong : value.endsWith("/") ? null
                    : "end the address with a slash: the file's path (content/nodejs.md) is added to it as it is";
        });
        CHECKS.put("content.folder", FOLDER);
        CHECKS.put("template.folder", FOLDER);
        CHECKS.put("asset.folder", FOLDER);
        CHECKS.put("render.encoding", UTF_8);
        CHECKS.put("template.encoding", UTF_8);
        for (String type : templateTypes()) {
            CHECKS.put("template." + type + ".file", (project, value) -> null);
        }
        CHECKS.put("uri.noExtension", FALSE);
        CHECKS.put("img.path.update", FALSE);
        CHECKS.put("img.path.prepend.host", BOOLEAN);
        for (String page : List.of("index", "feed", "archive", "tags", "sitemap", "error404")) {
            CHECKS.put("render." + page, FALSE);
        }
    }

    private SettingsFile() {
    }

    /** The keys the build reads, for messages. */
    static List<String> keys() {
        return List.copyOf(CHECKS.keySet());
    }

    /** The page types (and the sitemap) that a {@code template.<type>.file} key may name. */
    private static List<String> templateTypes() {
        List<String> types = new ArrayList<>(PageType.keys());
        types.add("sitemap");
        return types;
    }

    /**
     * Reads and checks the file; every mistake is reported at its line.
     *
     * @return the settings by key, each once
     */
    static Map<String, Setting> check(Path project, Path file, Problems problems) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.report(Rule.SETTINGS_UNREADABLE, file, 0, 0, String.valueOf(e.getMessage()));
            return Map.of();
        }
        Map<String, Setting> settings = new LinkedHashMap<>();
        for (Setting setting : read(text)) {
            Setting first = settings.get(setting.key());
            if (first != null) {
                problems.report(Rule.SETTING_REPEATED, file, first.line(), 1, setting.key(), setting.line());
                problems.report(Rule.SETTING_REPEATED, file, setting.line(), 1, setting.key(), first.line());
                continue;
            }
            settings.put(setting.key(), setting);
            Check check = CHECKS.get(setting.key());
            if (check == null) {
                String hint = YamlMap.closest(setting.key(), CHECKS.keySet()).map(k -> "did you mean '" + k + "'? ").orElse("");
                problems.report(Rule.SETTING_UNKNOWN, file, setting.line(), 1, setting.key(), hint, String.join(", ", CHECKS.keySet()));
                continue;
            }
            String fix = check.apply(project, setting.value());
            if (fix != null) {
                problems.report(Rule.SETTING_INVALID, file, setting.line(), setting.column(), setting.key(), setting.value(), fix);
            }
        }
        Setting templates = settings.get("template.folder");
        Path templateFolder = project.resolve(templates == null ? "templates" : templates.value());
        for (Setting setting : settings.values()) {
            if (setting.key().startsWith("template.") && setting.key().endsWith(".file")
                    && CHECKS.containsKey(setting.key()) && !Files.isRegularFile(templateFolder.resolve(setting.value()))) {
                problems.report(Rule.SETTING_INVALID, file, setting.line(), setting.column(), setting.key(), setting.value(),
                        "name a template of " + project.relativize(templateFolder.toAbsolutePath().normalize()).toString().replace('\\', '/')
                                + "/: " + String.join(", ", templatesIn(templateFolder)));
            }
        }
        if (!settings.containsKey("site.host")) {
            problems.report(Rule.SETTING_INVALID, file, 1, 0, "site.host", "", "add site.host=https://..., the public address of the site");
        }
        return settings;
    }

    /** The settings in the order of the file, continuation lines joined, each with the line it starts on. */
    static List<Setting> read(String text) {
        List<Setting> settings = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.stripLeading();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            int first = i;
            StringBuilder logical = new StringBuilder(line);
            while (endsWithEscape(logical) && i + 1 < lines.length) {
                logical.append('\n').append(lines[++i]);
            }
            Properties one = new Properties();
            try {
                one.load(new StringReader(logical.toString()));
            } catch (IOException | IllegalArgumentException e) {
                continue; // a malformed \\u escape: jbake-core would fail on it too, with its own message
            }
            for (String key : one.stringPropertyNames()) {
                settings.add(new Setting(key, one.getProperty(key).strip(), first + 1, valueColumn(line)));
            }
        }
        return settings;
    }

    private static boolean endsWithEscape(CharSequence line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** The 1-based column where the value starts, after the key and its separator. */
    private static int valueColumn(String line) {
        int at = 0;
        while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
            at++;
        }
        while (at < line.length() && "=: \t".indexOf(line.charAt(at)) < 0) {
            at += line.charAt(at) == '\\' ? 2 : 1;
        }
        while (at < line.length() && " \t".indexOf(line.charAt(at)) >= 0) {
            at++;
        }
        if (at < line.length() && "=:".indexOf(line.charAt(at)) >= 0) {
            at++;
        }
        while (at < line.length() && " \t".indexOf(line.charAt(at)) >= 0) {
            at++;
        }
        return Math.min(at, line.length()) + 1;
    }

    private static String address(String value, String what) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && uri.getQuery() == null
                    && uri.getFragment() == null) {
                return null;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        return "write a full address with https:// and a host: " + what;
    }

    private static String folder(Path project, String value) {
        Path folder = project.resolve(value).normalize();
        if (Path.of(value).isAbsolute() || !folder.startsWith(project)) {
            return "give a folder of the project, relative to it, e.g. content";
        }
        if (!Files.isDirectory(folder)) {
            return "give an existing folder of the project; there is no folder " + value;
        }
        return null;
    }

    private static List<String> templatesIn(Path folder) {
        TreeSet<String> names = new TreeSet<>();
        try (var files = Files.list(folder)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ftl")).forEach(names::add);
        } catch (IOException e) {
            // no folder: the template.folder setting says so
        } catch (UncheckedIOException e) {
            // listed files vanished: nothing to suggest
        }
        return List.copyOf(names);
    }
}
