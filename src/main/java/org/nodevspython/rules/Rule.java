package org.nodevspython.rules;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Every rule of the strict build, in one place: what it checks, the message a contributor sees
 * and how to fix it. Checks report a broken rule with {@link Problems#report}, which formats the
 * message and the fix from the arguments given ({@code %1$s}, {@code %2$s}, … in both).
 * {@code ./mvnw -q compile exec:java -Dexec.args="rules"} prints this list, and the README's
 * table of errors is this list (a test compares them), so the two cannot drift apart.
 * <p>
 * A rule of kind {@link Kind#LAG} is about a translation falling behind its source: a warning,
 * and an error only in a strict build. Every other rule is always an error.
 */
public enum Rule {

    // --- the project's folders and settings (checked before anything is read) ---
    SYMBOLIC_LINK(Stage.PROJECT, "no source folder holds a symbolic link (it could publish a file of the building machine)",
            "'%1$s' is a symbolic link (to %2$s): the build reads no links", "replace it by the file itself"),
    SETTING_REPEATED(Stage.PROJECT, "each key of jbake.properties is set once",
            "'%1$s' is set twice (also at line %2$s); only one value can apply", "keep one line with the value you want"),
    SETTING_UNKNOWN(Stage.PROJECT, "jbake.properties holds only the settings the build reads",
            "unknown setting '%1$s'", "%2$sknown settings: %3$s"),
    SETTING_INVALID(Stage.PROJECT, "each setting of jbake.properties has a value of the right form",
            "'%1$s' has the value '%2$s', which is not allowed", "%3$s"),
    SETTINGS_UNREADABLE(Stage.PROJECT, "jbake.properties can be read",
            "cannot read the settings: %1$s", "restore jbake.properties from the repository"),

    // --- YAML, in front matter and in data files ---
    YAML_INVALID(Stage.YAML, "the text is YAML",
            "not valid YAML: %1$s", "check the indentation and quote values that contain ': ' or start with a special character"),
    YAML_UNCLOSED_QUOTE(Stage.YAML, "a quoted value is closed on its line",
            "not valid YAML: the value opened with %1$s is not closed on its line", "add the closing %1$s at the end of the value"),
    YAML_TOO_DEEP(Stage.YAML, "YAML is nested at most a few levels deep",
            "not valid YAML: nested more than %1$s levels deep", "write the value flat, as the other entries are"),
    YAML_NOT_A_MAPPING(Stage.YAML, "the file is a list of 'key: value' lines",
            "expected 'key: value' lines, found a %1$s", "write one 'key: value' per line"),
    YAML_KEY_REPEATED(Stage.YAML, "a key is given once",
            "the key '%1$s' is given twice", "keep one of them"),
    YAML_KEY_UNKNOWN(Stage.YAML, "only known keys are used",
            "unknown key '%1$s' in %2$s", "%3$sallowed keys: %4$s"),
    YAML_KEY_MISSING(Stage.YAML, "required keys are given",
            "the required key '%1$s' is missing", "%2$s"),
    YAML_VALUE_EMPTY(Stage.YAML, "a value is not empty",
            "'%1$s' is empty", "%2$s"),
    YAML_NOT_TEXT(Stage.YAML, "a text value is text",
            "'%1$s' must be a text value", "%2$s"),
    YAML_VALUE_NOT_ALLOWED(Stage.YAML, "a value has the form its key asks for",
            "'%1$s' has the value '%2$s', which is not allowed", "%3$s"),
    YAML_NOT_A_NUMBER(Stage.YAML, "a number is a whole number in range",
            "'%1$s' must be a whole number of at least %2$s", "%3$s"),
    YAML_NOT_A_BOOLEAN(Stage.YAML, "a yes/no value is true or false",
            "'%1$s' must be true or false", "%2$s"),
    YAML_NOT_A_MAPPING_VALUE(Stage.YAML, "a block of keys is a mapping",
            "'%1$s' must be a mapping of 'key: value' lines", "%2$s"),
    YAML_NOT_A_LIST(Stage.YAML, "a list is a list",
            "'%1$s' must be a list ('- ' items)", "%2$s"),
    YAML_ITEM_NOT_A_MAPPING(Stage.YAML, "each item of a list of entries is a mapping",
            "each item of '%1$s' must be a mapping of 'key: value' lines", "%2$s"),

    // --- the data files ---
    STRINGS_UNREADABLE(Stage.DATA, "data/i18n.yaml can be read",
            "cannot read the interface strings: %1$s", "restore data/i18n.yaml from the repository"),
    QUOTES_NOT_FOUR(Stage.DATA, "a language's typographic quotes are four characters",
            "'quotes' must have exactly four characters", "for example “”‘’"),
    TOO_FEW_LANGUAGES(Stage.DATA, "the site has a source language at its root and at least one translation",
            "the site needs at least two languages, the first one served at the site root",
            "leave 'folder' out for the first language and give the others a folder"),
    STRING_MISSING_LANGUAGE(Stage.DATA, "every interface string is given in every language",
            "the interface string '%1$s' has no %2$s text", "add '%2$s: ...' under '%1$s'"),
    REFERENCES_UNREADABLE(Stage.DATA, "data/references.yaml can be read",
            "cannot read the reference list: %1$s", "restore data/references.yaml from the repository"),
    REFERENCE_NOTE_MISSING_LANGUAGE(Stage.DATA, "a reference's note is given in every language",
            "the note of this reference has no %1$s text", "add '%1$s: ...' under 'note', or remove the note"),
    REFERENCE_KEY_REPEATED(Stage.DATA, "each reference has its own key",
            "the reference key '%1$s' is used twice (first at line %2$s)", "give each reference its own key"),
    REFERENCE_PAGE_UNKNOWN(Stage.DATA, "a reference's 'page' names a page of the site",
            "the reference '%1$s' names the page '%2$s', and no page has that key", "give the key of a page, e.g. benchmarks"),
    DATA_TEXT_MARKUP(Stage.DATA, "a text of a data file is plain text: no HTML tag or character reference (templates print it as written)",
            "the text has HTML markup ('%1$s')", "write plain text: the character itself instead of a reference, no tags"),
    DATA_ADDRESS(Stage.DATA, "an address of a data file is a full http: or https: address",
            "the address '%1$s' is not allowed here", "give the full address, starting with https://"),
    REFERENCE_NEVER_CITED(Stage.SITE, "every reference is cited in every language",
            "the reference '%1$s' is never cited in the %2$s pages",
            "cite it with [@%1$s] where it supports a claim, or remove it from the list"),
    CHART_FILE_UNKNOWN(Stage.DATA, "a ```benchmarks block names a CSV file of data/",
            "the benchmarks block names '%1$s', which is not a file of data/",
            "write the path of a CSV file below data/, e.g. data/benchmarks/x.csv"),
    CHART_COLUMN_MISSING(Stage.DATA, "a benchmarks CSV file has every column",
            "the column '%1$s' is missing", "the header must be: %2$s"),
    CHART_ROW_INVALID(Stage.DATA, "every row of a benchmarks CSV file is complete, with numbers where numbers go",
            "this row is not complete or has a value that is not a number (%1$s)", "write every column; numbers use a dot for decimals"),
    CHART_NO_ROWS(Stage.DATA, "a benchmarks CSV file has rows",
            "the file has no rows", "add the figures under the header"),
    CHART_UNREADABLE(Stage.DATA, "a benchmarks CSV file can be read",
            "cannot read the benchmark figures: %1$s", "check the path in the ```benchmarks block"),

    // --- one page on its own ---
    FILE_UNREADABLE(Stage.PAGE, "a content file can be read",
            "cannot read the file: %1$s", "check that it exists and is readable"),
    NOT_UTF8(Stage.PAGE, "a content file is UTF-8",
            "the file is not valid UTF-8 (byte 0x%1$s)", "save the file as UTF-8 in your editor"),
    PAGE_EMPTY(Stage.PAGE, "a content file is not empty",
            "the page is empty", "write its front matter and text, or delete the file"),
    NOT_MARKDOWN(Stage.PAGE, "the content folder holds Markdown pages (.md, in lowercase) and the files they show",
            "the content folder holds pages written in Markdown only (.md)",
            "rename it to .md and give it front matter, or move a file meant to be copied as is to assets/"),
    CONTENT_FILE_TYPE(Stage.PAGE, "besides pages, the content folder holds only the images pages show (it is published as it is)",
            "the content folder holds Markdown pages and the images they show (%1$s), not this file",
            "move it to assets/ if the site needs it as it is, or write it as a page (.md)"),
    NO_FRONT_MATTER(Stage.PAGE, "a page starts with front matter",
            "the page has no front matter",
            "start the file with a line '---', then 'title:', 'lang:', 'key:', 'order:', 'description:', then '---'"),
    FRONT_MATTER_NOT_CLOSED(Stage.PAGE, "the front matter ends with a '---' line",
            "the front matter is not closed", "add a line '---' after its last field"),
    DESCRIPTION_TOO_LONG(Stage.PAGE, "a description fits in a search result",
            "the description has %1$s characters, more than %2$s", "shorten it: search engines cut it there"),
    TRANSLATED_FROM_IN_SOURCE(Stage.PAGE, "only translations record the source sections they match",
            "'translated_from' is only for translations, and this page is in the source language", "remove it"),
    NO_TEXT(Stage.PAGE, "a page has text after its front matter",
            "the page has no text after its front matter", "write its title heading '# ...' and its text"),
    TITLE_NOT_FIRST(Stage.PAGE, "a page starts with its title heading",
            "the page does not start with its title heading", "put '# Title' on the first line after the front matter"),
    SECOND_TITLE(Stage.PAGE, "a page has one title heading",
            "a page has one title heading ('# ...'), at its top; this is another one", "make it a section heading '## ... {#id}'"),
    HEADING_WITHOUT_ID(Stage.PAGE, "every section heading has an explicit id, the same in every language",
            "the heading '%1$s' has no id", "end the line with a language-neutral id, the same in every language, e.g. '%2$s'"),
    ID_NOT_ALLOWED(Stage.PAGE, "an id is lowercase ascii letters, digits and hyphens",
            "the id '%1$s' is not allowed", "use lowercase ascii letters, digits and hyphens, starting with a letter, e.g. {#%2$s}"),
    ID_RESERVED(Stage.PAGE, "an id is not one the templates or the renderer give the site's own elements",
            "the id '%1$s' is reserved for the site's own elements", "choose another id, e.g. {#%1$s-section}"),
    ID_REPEATED(Stage.PAGE, "an id is used once on its page",
            "the id '%1$s' is already used on this page, at line %2$s", "give each heading its own id"),
    CITATION_UNKNOWN(Stage.PAGE, "a citation names a reference of data/references.yaml",
            "the citation [@%1$s] names no reference", "%2$scite a key of data/references.yaml, or add the reference there"),
    FOOTNOTE_WITHOUT_TEXT(Stage.PAGE, "a footnote has its text",
            "the footnote [^%1$s] has no text", "add a line '[^%1$s]: ...' at the end of the page"),
    NESTED_TOO_DEEP(Stage.PAGE, "Markdown is nested at most a few dozen levels deep (block quotes, lists)",
            "the Markdown here is nested %1$s levels deep, more than %2$s", "write the text with fewer levels of quotes and lists"),
    UNSAFE_ELEMENT(Stage.PAGE, "a page's HTML has only the elements of the allow-list (what Markdown makes, and a few inline ones)",
            "raw HTML <%1$s> is not allowed in a page: only the elements of the site's allow-list are", "allowed elements: %2$s; write Markdown instead"),
    UNSAFE_ATTRIBUTE(Stage.PAGE, "no element of a page has an event handler",
            "the HTML attribute '%1$s=' runs code in a reader's browser", "remove the attribute"),
    ATTRIBUTE_NOT_ALLOWED(Stage.PAGE, "each element has only the attributes of the allow-list (no style, no data-, no aria- but links' labels)",
            "the attribute '%1$s' is not allowed on <%2$s>", "allowed on <%2$s>: %3$s; the site's stylesheet styles every page"),
    CLASS_NOT_ALLOWED(Stage.PAGE, "a class in a page is one the site's renderer gives content",
            "the class '%1$s' is not allowed in a page", "allowed classes: %2$s"),
    UNSAFE_ADDRESS(Stage.PAGE, "no link or image has an address that runs code (javascript:, vbscript:, data:, …), however it is spelled",
            "the address '%1$s' can run code in a reader's browser", "link to a page or a web address instead"),
    ADDRESS_SCHEME_NOT_ALLOWED(Stage.PAGE, "a link is relative or http:, https: or mailto:",
            "the address '%1$s' has the scheme '%2$s:', which a page may not link to", "allowed schemes: %3$s; or a relative address"),
    IMAGE_NOT_IN_SITE(Stage.PAGE, "an image is a file of the site (a page loads nothing from another host, and works from disk)",
            "the image '%1$s' is not a file of the site", "copy it next to the page or under assets/ and give its relative address"),

    // --- the pages together ---
    KEY_REPEATED(Stage.SITE, "a page's key is its own in its language",
            "the key '%1$s' is already used by content/%2$s in %3$s",
            "give each page its own key; a translation uses the same key in another language"),
    PAGE_IN_WRONG_FOLDER(Stage.SITE, "a page is in its language's folder",
            "the page says 'lang: %1$s' but is not in the %1$s folder (content/%2$s)", "move it to content/%2$s or correct 'lang'"),
    PAGE_WITHOUT_SOURCE(Stage.SITE, "a translated page has its source-language page",
            "the page '%1$s' has no %2$s version, so it translates nothing", "add the original content/%3$s<name>.md with 'key: %1$s', or correct the key"),
    TYPE_DIFFERS(Stage.SITE, "a page and its translations have the same type",
            "'type' is %1$s here but %2$s in content/%3$s", "use the same type in every language"),
    SECTION_UNKNOWN(Stage.SITE, "a translation's sections exist in its source page",
            "the section '#%1$s' does not exist in content/%2$s",
            "use the id of the section it translates; ids are the same in every language"),
    SECTION_ORDER(Stage.SITE, "a translation's sections are in the order of its source page",
            "the sections are not in the same order as in content/%1$s (%2$s)", "put them in the order of the source page"),
    CITATION_MISSING_IN_TRANSLATION(Stage.SITE, "a translation cites what its source cites, section by section",
            "content/%1$s cites [@%2$s] in %3$s, this translation does not",
            "cite [@%2$s] at the same claim, so both languages show the same sources"),
    CITATION_ONLY_IN_TRANSLATION(Stage.SITE, "a translation cites nothing its source does not, section by section",
            "this translation cites [@%1$s] in %2$s, content/%3$s does not",
            "cite the same sources as the source page, or add the citation there too"),
    OUTPUT_PATH_TAKEN(Stage.SITE, "no two pages are written to the same file",
            "this page and content/%1$s would both be written to %2$s (names that differ only in case are the same file on many systems)",
            "rename one of them"),
    OUTPUT_PATH_OF_ASSET(Stage.SITE, "no page is written where an asset is",
            "this page and the asset assets/%1$s would both be written to %1$s", "rename the page or the asset"),
    LINK_INVALID(Stage.SITE, "a link's address is a valid address",
            "the %1$s address '%2$s' is not a valid address", "escape spaces as %%20"),
    LINK_ABSOLUTE(Stage.SITE, "a link is relative (it works under any base path and from disk)",
            "the %1$s '%2$s' starts with '/', which breaks under a base path and from disk", "write a relative address, e.g. 'python.md#ai'"),
    LINK_OUTSIDE(Stage.SITE, "a link stays inside the content folder",
            "the %1$s '%2$s' points outside the content folder", "link to a page or a file inside content/ or assets/"),
    LINK_PAGE_UNKNOWN(Stage.SITE, "a link to a page names an existing Markdown file",
            "the link '%1$s' names a page that does not exist (content/%2$s)",
            "check the file name; links name the Markdown file, e.g. 'python.md'"),
    LINK_SECTION_UNKNOWN(Stage.SITE, "a link to a section names an id of that page",
            "the link '%1$s' names the section '#%2$s', which does not exist on content/%3$s", "use one of its ids: %4$s"),
    LINK_TO_HTML(Stage.SITE, "a link names the Markdown file, not the HTML made of it",
            "the link '%1$s' names a generated HTML file",
            "name the Markdown file instead, e.g. '%2$s': it keeps working in the code host's preview"),
    LINK_FILE_MISSING(Stage.SITE, "a link or image to a file names an existing file",
            "the %1$s '%2$s' points to a file that does not exist", "add the file under content/ next to the page, or under assets/"),

    // --- translations that fall behind (warnings; errors with --strict) ---
    PAGE_NOT_TRANSLATED(Stage.TRANSLATION, "every page exists in every language (until it does, the original is published there, with a notice)",
            "the page '%1$s' has no %2$s version", "add content/%3$s<name>.md with 'lang: %2$s' and 'key: %1$s'"),
    SECTION_NOT_TRANSLATED(Stage.TRANSLATION, "a translation has every section of its source page (until it does, a notice links to the original)",
            "the section '#%1$s' of content/%2$s (line %3$s) is missing here", "translate it, with the same id: '%4$s ... {#%1$s}'"),
    TRANSLATION_BEHIND(Stage.TRANSLATION, "no section of the source changed since its translation was marked up to date (until then, a notice says since when)",
            "the translation is behind content/%1$s in %2$s",
            "translate the changes, then run: ./mvnw -q compile exec:java -Dexec.args=\"translations --mark %3$s\""),
    TRANSLATION_NEVER_MARKED(Stage.TRANSLATION, "a translation records which version of its source it translates",
            "this translation has never been marked as up to date with content/%1$s",
            "translate the changes, then run: ./mvnw -q compile exec:java -Dexec.args=\"translations --mark %2$s\""),

    HISTORY_SHALLOW(Stage.TRANSLATION, "the git history holds the versions the translations translate (it is a warning only)",
            "the git history is shallow: when and how %1$s outdated section(s) changed cannot be told", "fetch the whole history:"
            + " git fetch --unshallow (in GitHub Actions: actions/checkout with fetch-depth: 0)"),

    // --- templates and the files they write ---
    TEMPLATE_SYNTAX(Stage.TEMPLATES, "a template is valid Freemarker",
            "template syntax error: %1$s (while rendering %2$s)", "fix the template at that line"),
    TEMPLATE_NOT_CLOSED(Stage.TEMPLATES, "a template closes every directive it opens",
            "template syntax error: this <#%1$s> is never closed (while rendering %2$s)", "add </#%1$s> where its block ends"),
    TEMPLATE_ERROR(Stage.TEMPLATES, "a template renders every page without an error",
            "template error: %1$s (while rendering %2$s)",
            "fix the template at that line; a value that may be missing needs a default, e.g. ${x!''}"),
    RENDERING_FAILED(Stage.TEMPLATES, "rendering a page does not fail for another reason",
            "rendering failed: %1$s (while rendering %2$s)", "see the template named above"),
    ASSET_NOT_COPIED(Stage.TEMPLATES, "every asset can be copied into the site",
            "an asset could not be copied: %1$s", "check the file's permissions"),
    OUTPUT_LINK_BROKEN(Stage.OUTPUT, "every link and id reference of every generated file resolves inside the site",
            "the generated page %1$s%2$s links to '%3$s', which %4$s", "fix the link in the template that writes it");

    /** When a rule is checked, which is also where its problems point. */
    public enum Stage {
        PROJECT("the project's folders and jbake.properties"),
        YAML("YAML, in front matter and data files"),
        DATA("the data files"),
        PAGE("each page on its own"),
        SITE("the pages together"),
        TRANSLATION("translations that fall behind (warnings; errors with --strict)"),
        TEMPLATES("templates and assets"),
        OUTPUT("the generated files");

        private final String title;

        Stage(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** How bad a broken rule is. */
    public enum Kind {
        /** Always an error: the site would be wrong. */
        ERROR,
        /** A translation lags its source: published with a notice, an error only in a strict build. */
        LAG,
        /** Something to know that is never an error. */
        WARNING
    }

    private static final Pattern ARGUMENT = Pattern.compile("%(\\d+\\$)?s");

    private final Stage stage;
    private final String checks;
    private final String message;
    private final String fix;

    Rule(Stage stage, String checks, String message, String fix) {
        this.stage = stage;
        this.checks = checks;
        this.message = message;
        this.fix = fix;
    }

    /** The rule's name in messages and tables, e.g. {@code front-matter-not-closed}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Stage stage() {
        return stage;
    }

    public Kind kind() {
        if (this == HISTORY_SHALLOW) {
            return Kind.WARNING;
        }
        return stage == Stage.TRANSLATION ? Kind.LAG : Kind.ERROR;
    }

    /** What the rule asks of the sources, in a few words. */
    public String checks() {
        return checks;
    }

    public String message(Object... args) {
        return String.format(Locale.ROOT, message, args);
    }

    public String fix(Object... args) {
        return String.format(Locale.ROOT, fix, args);
    }

    /** The message with its variable parts shown as "…", for the README and {@code rules}. */
    public String messagePattern() {
        return pattern(message);
    }

    /** The fix with its variable parts shown as "…"; a fix given entirely by the check says so. */
    public String fixPattern() {
        String pattern = pattern(fix);
        return pattern.equals("…") ? "as the message says for that key" : pattern;
    }

    private static String pattern(String format) {
        return ARGUMENT.matcher(format).replaceAll("…").replace("%%", "%");
    }
}
