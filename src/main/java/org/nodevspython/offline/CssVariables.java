package org.nodevspython.offline;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The CSS of the book for a renderer that knows no custom properties: each {@code var(--x)} replaced by its value. */
final class CssVariables {

    private static final Pattern ROOT = Pattern.compile(":root\\s*\\{([^}]*)}");
    private static final Pattern DECLARATION = Pattern.compile("(--[a-z-]+)\\s*:\\s*([^;]+);");
    private static final Pattern USE = Pattern.compile("var\\((--[a-z-]+)\\)");

    private CssVariables() {
    }

    /** Replaces each {@code var(--name)} by the value the first {@code :root} rule gives it (the light theme's). */
    static String inline(String css) {
        Map<String, String> values = new HashMap<>();
        Matcher root = ROOT.matcher(css);
        if (root.find()) {
            Matcher variable = DECLARATION.matcher(root.group(1));
            while (variable.find()) {
                values.put(variable.group(1), variable.group(2).strip());
            }
        }
        return USE.matcher(css).replaceAll(m -> Matcher.quoteReplacement(values.getOrDefault(m.group(1), "inherit")));
    }
}
