package org.nodevspython.links;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * An address written in a page (a Markdown link, or an {@code href} or {@code src} of a
 * generated file), taken apart and resolved against the file it is written in. The one
 * place where the build reads addresses: the Markdown link check, the links of the generated
 * pages, the output check and the book's rewriting all agree on what an address means.
 *
 * @param kind     what the address is
 * @param path     for {@link Kind#RELATIVE} and {@link Kind#SAME_FILE}: the file it names, as a path
 *                 from the root of the tree it is written in ({@code en/python.md}); for
 *                 {@link Kind#OUTSIDE} and {@link Kind#ROOT_RELATIVE} the path as resolved; else null
 * @param fragment the part after {@code #} as written ("" for a lone {@code #}), or null when there is none
 */
public record Address(Kind kind, String path, String fragment) {

    public enum Kind {
        /** Another site: it has a scheme ({@code https:}, {@code mailto:} …) or starts with {@code //}. */
        EXTERNAL,
        /** Not an address at all. */
        INVALID,
        /** Starts with {@code /}: it breaks under a base path and from {@code file://}. */
        ROOT_RELATIVE,
        /** Relative, but climbs out of the tree with {@code ..}. */
        OUTSIDE,
        /** A file of the tree. */
        RELATIVE,
        /** The file it is written in ({@code #id}, or empty). */
        SAME_FILE
    }

    /**
     * @param from the file the address is written in, as a path from the root of its tree
     * @param url  the address as written
     */
    public static Address resolve(String from, String url) {
        if (url.isEmpty()) {
            return new Address(Kind.SAME_FILE, from, null);
        }
        URI uri;
        try {
            // a space is no valid URI character, but browsers (and Markdown previews) read it as %20
            uri = new URI(url.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return new Address(Kind.INVALID, null, null);
        }
        if (uri.getScheme() != null || url.startsWith("//")) {
            return new Address(Kind.EXTERNAL, null, null);
        }
        String fragment = uri.getRawFragment();
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.isEmpty()) {
            return new Address(Kind.SAME_FILE, from, fragment);
        }
        if (path.startsWith("/")) {
            return new Address(Kind.ROOT_RELATIVE, path, fragment);
        }
        Path base = Paths.get(from).getParent();
        String resolved = (base == null ? Paths.get(path) : base.resolve(path)).normalize().toString().replace('\\', '/');
        return new Address(resolved.equals("..") || resolved.startsWith("../") ? Kind.OUTSIDE : Kind.RELATIVE, resolved, fragment);
    }

    /** Whether the address names a file of the tree (or the file it is written in). */
    public boolean inTree() {
        return kind == Kind.RELATIVE || kind == Kind.SAME_FILE;
    }

    /** The id the fragment names, its %-escapes decoded; null when there is none. */
    public String id() {
        if (fragment == null || fragment.isEmpty()) {
            return null;
        }
        try {
            return new URI("#" + fragment).getFragment();
        } catch (URISyntaxException e) {
            return fragment;
        }
    }

    /** The relative address, from the file at {@code fromPath}, of the file at {@code toPath} (both from the root). */
    public static String relative(String fromPath, String toPath) {
        Path fromDir = Paths.get(fromPath).getParent();
        Path to = Paths.get(toPath);
        String relative = (fromDir == null ? to : fromDir.relativize(to)).toString().replace('\\', '/');
        return relative.isEmpty() ? to.getFileName().toString() : relative;
    }
}
