package org.nodevspython.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * What changed in a section of the source, word by word (java-diff-utils on words and the spaces
 * between them): what a translator has to carry over.
 */
public final class WordDiff {

    /** A run of the new text: unchanged, removed (in the old text only) or added (in the new one only). */
    public record Segment(Kind kind, String text) {
    }

    public enum Kind { SAME, REMOVED, ADDED }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    private WordDiff() {
    }

    /** The new text as segments; the removed words come right before the words that replaced them. */
    public static List<Segment> of(String before, String after) {
        List<String> old = tokens(before.strip());
        List<String> now = tokens(after.strip());
        Patch<String> patch = DiffUtils.diff(old, now);
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            add(segments, Kind.SAME, old.subList(at, delta.getSource().getPosition()));
            add(segments, Kind.REMOVED, delta.getSource().getLines());
            add(segments, Kind.ADDED, delta.getTarget().getLines());
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(segments, Kind.SAME, old.subList(at, old.size()));
        return segments;
    }

    /** The segments as text, the way {@code git diff --word-diff} writes them: {@code [-old-]{+new+}}. */
    public static String inline(List<Segment> segments) {
        StringBuilder text = new StringBuilder();
        for (Segment segment : segments) {
            switch (segment.kind()) {
                case SAME -> text.append(segment.text());
                case REMOVED -> text.append("[-").append(segment.text()).append("-]");
                case ADDED -> text.append("{+").append(segment.text()).append("+}");
            }
        }
        return text.toString();
    }

    /** Whether the segments hold a change at all (white space alone is no change: the hashes ignore it too). */
    public static boolean changes(List<Segment> segments) {
        return segments.stream().anyMatch(s -> s.kind() != Kind.SAME && !s.text().isBlank());
    }

    private static void add(List<Segment> segments, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!segments.isEmpty() && segments.get(segments.size() - 1).kind() == kind) {
            Segment last = segments.remove(segments.size() - 1);
            text = last.text() + text;
        }
        segments.add(new Segment(kind, text));
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            tokens.add(token.group());
        }
        return tokens;
    }
}
