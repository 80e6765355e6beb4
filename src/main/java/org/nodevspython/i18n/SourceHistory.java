package org.nodevspython.i18n;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.nodevspython.content.FrontMatter;
import org.nodevspython.content.MarkdownSyntax;
import org.nodevspython.content.Sections;
import org.nodevspython.history.Git;
import org.nodevspython.rules.Problems;

/**
 * The git history of the source pages, section by section: when a section changed after the
 * version a translation records, by which commits, and what it said then. Read with the
 * {@code git} command (one {@code git log} and one {@code git cat-file --batch} per page), only
 * for pages whose translations lag, and only where the project is a git checkout: the build
 * itself never needs git. The dates are commit dates, so one commit always gives the same site.
 */
public final class SourceHistory {

    /** One commit that changed a file, with the file's sections as they were then. */
    public record Version(String commit, String date, String subject, Map<String, String> hashes, Map<String, String> texts) {

        public String shortCommit() {
            return commit.substring(0, Math.min(7, commit.length()));
        }
    }

    /**
     * What happened to a section since the version a translation records.
     *
     * @param translated the version whose text the translation translates
     * @param changed    the first commit after it that changed the section; empty when the change is not committed yet
     * @param commits    every commit after it that changed the section, newest first
     */
    public record Change(Version translated, Optional<Version> changed, List<Version> commits) {

        /** The section's Markdown in the version the translation translates. */
        public String oldText(String section) {
            return translated.texts().getOrDefault(section, "");
        }
    }

    private static final long TIMEOUT_SECONDS = 30;

    private final Path project;
    private final boolean available;
    private final boolean shallow;
    private final Map<Path, List<Version>> versions = new ConcurrentHashMap<>();

    private SourceHistory(Path project, boolean available, boolean shallow) {
        this.project = project;
        this.available = available;
        this.shallow = shallow;
    }

    /** The history of a project: empty (but usable) outside a git checkout, or without git. */
    public static SourceHistory of(Path project) {
        Optional<String> answer = run(project, "git", "rev-parse", "--is-inside-work-tree", "--is-shallow-repository");
        if (answer.isEmpty() || !answer.get().startsWith("true")) {
            return new SourceHistory(project, false, false);
        }
        return new SourceHistory(project, true, answer.get().strip().endsWith("true"));
    }

    /**
     * What the history of a checkout depends on, the commit checked out and whether the history is shallow: the
     * same answer, the same history (the incremental preview reads it once). Empty outside a checkout, or before
     * its first commit.
     */
    public static Optional<String> revision(Path project) {
        return run(project, "git", "rev-parse", "--is-shallow-repository", "HEAD").map(String::strip).filter(r -> !r.isEmpty());
    }

    /** Whether there is a history to read. */
    public boolean available() {
        return available;
    }

    /** Whether the checkout has only part of the history (a CI checkout with fetch-depth 1): old versions are missing. */
    public boolean shallow() {
        return shallow;
    }

    /** The commits that changed a file, newest first, each with its sections then. */
    public List<Version> versions(Path file) {
        if (!available) {
            return List.of();
        }
        return versions.computeIfAbsent(file.toAbsolutePath().normalize(), this::read);
    }

    /**
     * What happened to a section of a source page since the version of it whose hash a translation recorded;
     * empty when that version is not in the history (no history, a shallow one, or a hash never committed).
     */
    public Optional<Change> change(Path file, String section, String recordedHash) {
        List<Version> all = versions(file);
        int translated = -1;
        for (int i = 0; i < all.size(); i++) {
            if (recordedHash != null && recordedHash.equals(all.get(i).hashes().get(section))) {
                translated = i;
                break;
            }
        }
        if (translated < 0) {
            return Optional.empty();
        }
        List<Version> commits = new ArrayList<>();
        String before = recordedHash;
        Version first = null;
        for (int i = translated - 1; i >= 0; i--) {
            String hash = all.get(i).hashes().get(section);
            if (!java.util.Objects.equals(hash, before)) {
                commits.add(0, all.get(i));
                if (first == null) {
                    first = all.get(i);
                }
                before = hash;
            }
        }
        return Optional.of(new Change(all.get(translated), Optional.ofNullable(first), commits));
    }

    private List<Version> read(Path file) {
        String path = "./" + project.relativize(file).toString().replace('\\', '/');
        Optional<String> log = run(project, "git", "log", "--format=%H%x09%cs%x09%s", "--", path);
        if (log.isEmpty() || log.get().isBlank()) {
            return List.of();
        }
        List<String[]> commits = log.get().lines().map(line -> line.split("\t", 3)).filter(parts -> parts.length == 3).toList();
        StringBuilder requests = new StringBuilder();
        commits.forEach(c -> requests.append(c[0]).append(':').append(path).append('\n'));
        List<byte[]> blobs = catFile(requests.toString(), commits.size());
        List<Version> result = new ArrayList<>();
        for (int i = 0; i < commits.size(); i++) {
            String text = i < blobs.size() && blobs.get(i) != null ? new String(blobs.get(i), StandardCharsets.UTF_8) : "";
            Map<String, String> texts = sections(text.replace("\r\n", "\n"), file);
            Map<String, String> hashes = new LinkedHashMap<>();
            texts.forEach((section, markdown) -> hashes.put(section, Sections.hash(markdown)));
            result.add(new Version(commits.get(i)[0], commits.get(i)[1], commits.get(i)[2], hashes, texts));
        }
        return result;
    }

    /** The sections of a page as it was: its front matter cut off, its Markdown parsed like every page's. */
    private static Map<String, String> sections(String text, Path file) {
        Problems ignored = new Problems(file.getParent() == null ? file : file.getParent());
        return FrontMatter.split(text, file, ignored)
                .map(split -> Sections.of(MarkdownSyntax.parser().parse(split.body())))
                .orElse(Map.of());
    }

    /** The blobs asked for, in order, from one {@code git cat-file --batch}; null for one that is missing. */
    private List<byte[]> catFile(String requests, int count) {
        List<byte[]> blobs = new ArrayList<>();
        try {
            Process git = new ProcessBuilder("git", "cat-file", "--batch").directory(project.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = new BufferedOutputStream(git.getOutputStream())) {
                in.write(requests.getBytes(StandardCharsets.UTF_8));
            }
            try (DataInputStream out = new DataInputStream(git.getInputStream())) {
                for (int i = 0; i < count; i++) {
                    String header = line(out);
                    String[] parts = header.split(" ");
                    if (parts.length < 3 || header.endsWith("missing")) {
                        blobs.add(null);
                        continue;
                    }
                    byte[] blob = new byte[Integer.parseInt(parts[2])];
                    out.readFully(blob);
                    out.read(); // the line break after each blob
                    blobs.add(blob);
                }
            }
            git.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (IOException | NumberFormatException e) {
            return blobs;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return blobs;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            bytes.write(b);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Optional<String> run(Path folder, String... command) {
        return Git.run(folder, command);
    }
}
