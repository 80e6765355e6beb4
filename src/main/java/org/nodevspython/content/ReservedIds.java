package org.nodevspython.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The ids the templates give the site's own elements ({@code main}, {@code search-input}, …),
 * read from the templates themselves: a section that took one would break the page (two
 * elements with one id, the search box's label pointing at a heading), and a list kept by hand
 * falls behind the first time a template gains an element.
 */
public final class ReservedIds {

    /**
     * A literal id in a template: {@code id="search-input"}, not one built from a variable, nor an attribute whose
     * name ends in "id" ({@code data-id}, {@code aria-valueid}): the character before is white space.
     */
    private static final Pattern LITERAL_ID = Pattern.compile("(?<=\\s)id=\"([a-z][a-z0-9-]*)\"");

    private ReservedIds() {
    }

    public static Set<String> in(Path templateFolder) {
        Set<String> ids = new TreeSet<>();
        if (!Files.isDirectory(templateFolder)) {
            return ids;
        }
        try (Stream<Path> files = Files.walk(templateFolder)) {
            for (Path template : files.filter(f -> f.toString().endsWith(".ftl")).sorted().toList()) {
                Matcher id = LITERAL_ID.matcher(Files.readString(template, StandardCharsets.UTF_8));
                while (id.find()) {
                    ids.add(id.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the templates in " + templateFolder, e);
        }
        return ids;
    }
}
