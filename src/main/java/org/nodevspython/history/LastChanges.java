package org.nodevspython.history;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The date of the last commit that changed each file of a folder, from one {@code git log}. It is the commit
 * date, so one commit always gives the same dates, whoever builds it and whenever. A change not committed yet
 * keeps the date of the last commit; a file never committed has none.
 * <p>
 * In a shallow clone (a CI checkout with {@code fetch-depth: 1}) the oldest commit there holds every file as if
 * it had just been added: the files last changed before it are left undated, rather than dated too recently.
 */
public final class LastChanges {

    private static final LastChanges NONE = new LastChanges(Map.of());

    /** Project-relative path, with forward slashes, to YYYY-MM-DD. */
    private final Map<String, String> dates;

    private LastChanges(Map<String, String> dates) {
        this.dates = dates;
    }

    /** No history: no file is dated. */
    public static LastChanges none() {
        return NONE;
    }

    /** The last changes of the files under {@code folder} (a folder of {@code project}); none outside a checkout. */
    public static LastChanges of(Path project, Path folder) {
        String relative = project.relativize(folder.toAbsolutePath().normalize()).toString().replace('\\', '/');
        // --relative: paths from the project folder, wherever it lies in the repository; quotepath off: names as written
        Optional<String> log = Git.run(project, "git", "-c", "core.quotepath=off", "log", "--format=%x00%H %cs", "--name-only",
                "--no-renames", "--relative", "--", relative.isEmpty() ? "." : relative);
        if (log.isEmpty()) {
            return NONE;
        }
        Set<String> boundary = shallowCommits(project);
        Map<String, String> dates = new HashMap<>();
        String date = null;
        for (String line : log.get().split("\n")) {
            if (line.startsWith("\0")) {
                String[] commit = line.substring(1).split(" ", 2);
                date = commit.length == 2 && !boundary.contains(commit[0]) ? commit[1].strip() : null;
            } else if (date != null && !line.isBlank()) {
                dates.putIfAbsent(line, date); // the log is newest first
            }
        }
        return new LastChanges(dates);
    }

    /** The date a file last changed in a commit, as YYYY-MM-DD. */
    public Optional<String> of(String projectRelativePath) {
        return Optional.ofNullable(dates.get(projectRelativePath.replace('\\', '/')));
    }

    /** The commits a shallow clone ends at (their parents are missing); none in a full clone. */
    private static Set<String> shallowCommits(Path project) {
        Set<String> commits = new HashSet<>();
        Git.run(project, "git", "rev-parse", "--is-shallow-repository").filter(a -> a.strip().equals("true"))
                .flatMap(a -> Git.run(project, "git", "rev-parse", "--git-path", "shallow"))
                .map(path -> project.resolve(path.strip()))
                .ifPresent(file -> {
                    try {
                        commits.addAll(java.nio.file.Files.readAllLines(file));
                    } catch (java.io.IOException e) {
                        // no file, no boundary to leave out
                    }
                });
        return commits;
    }
}
