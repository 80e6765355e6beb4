package org.nodevspython.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the sources of the site (content/, templates/, assets/, data/ with every folder
 * below them, and jbake.properties) and reports the changed files once a burst of changes is
 * over: an editor's save is often several events (truncate, write, rename), a git checkout
 * hundreds, and each burst should cost one bake.
 * <p>
 * The JDK's WatchService watches one folder at a time, so every folder is registered, and a
 * folder created later is registered as soon as its creation is seen (with whatever was
 * already written into it).
 */
final class SiteWatcher implements Closeable {

    static final List<String> FOLDERS = List.of("content", "templates", "assets", "data");
    static final String SETTINGS = "jbake.properties";
    /** What the start message lists, in the order watched. */
    static final String WATCHED = "content/, templates/, assets/, data/, jbake.properties";

    /** A burst that never pauses (a long checkout) still gets a bake this often. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(1);

    private final Path project;
    private final Duration quiet;
    private final Consumer<Set<Path>> onChange;
    private final WatchService watch;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;

    private SiteWatcher(Path project, Duration quiet, Consumer<Set<Path>> onChange) throws IOException {
        this.project = project;
        this.quiet = quiet;
        this.onChange = onChange;
        this.watch = project.getFileSystem().newWatchService();
        this.thread = Threads.daemon("preview-watcher").newThread(this::run);
    }

    /**
     * Starts watching; {@code onChange} is called on the watcher's thread with the files that
     * changed, after {@code quiet} passed without another change.
     */
    static SiteWatcher start(Path project, Duration quiet, Consumer<Set<Path>> onChange) throws IOException {
        SiteWatcher watcher = new SiteWatcher(project.toAbsolutePath().normalize(), quiet, onChange);
        try {
            watcher.registerAll();
        } catch (IOException | RuntimeException e) {
            watcher.watch.close();
            throw e;
        }
        watcher.thread.start();
        return watcher;
    }

    private void registerAll() throws IOException {
        // the project folder itself: for jbake.properties, and for a source folder created or replaced later
        register(project);
        for (String folder : FOLDERS) {
            registerTree(project.resolve(folder));
        }
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                collect(watch.take(), changed);
                long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
                WatchKey next;
                while (System.nanoTime() < deadline && (next = watch.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    collect(next, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed: the preview is stopping
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                // events were lost: watch everything again and bake whatever happened
                try {
                    registerAll();
                } catch (IOException e) {
                    // a folder vanished while being registered: its own events will tell
                }
                changed.add(project);
                continue;
            }
            if (folder == null) {
                continue;
            }
            Path name = (Path) event.context();
            Path path = folder.resolve(name);
            if (folder.equals(project)) {
                if (name.toString().equals(SETTINGS)) {
                    changed.add(path);
                } else if (FOLDERS.contains(name.toString())) {
                    registerNew(event, path);
                    changed.add(path);
                }
            } else if (!ignored(name.toString())) {
                registerNew(event, path);
                changed.add(path);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /** A folder just created is watched, with every folder already inside it. */
    private void registerNew(WatchEvent<?> event, Path path) {
        if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            try {
                registerTree(path);
            } catch (IOException | UncheckedIOException e) {
                // deleted again before it could be registered: nothing left to watch
            }
        }
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // each folder is registered as the walk reaches it, before its entries are listed: a folder created
        // inside it meanwhile is then either listed by the walk or announced by an event, never missed
        try (Stream<Path> paths = Files.walk(root)) {
            java.util.Iterator<Path> folders = paths.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).iterator();
            while (folders.hasNext()) {
                register(folders.next());
            }
        }
    }

    private void register(Path folder) throws IOException {
        folders.put(folder.register(watch, new WatchEvent.Kind<?>[] {ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE}, Sensitivity.HIGH), folder);
    }

    /**
     * Editors' swap, backup and lock files, written on every keystroke or save beside the real
     * file: hidden files (.x.swp, .#x), x~, and JetBrains' safe-write copies. Their changes
     * alone are no reason to bake (JBake does not copy hidden files either).
     */
    static boolean ignored(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___") || name.equals("4913");
    }

    @Override
    public void close() {
        try {
            watch.close();
        } catch (IOException e) {
            // closing anyway
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Where the JDK has no native watch service (macOS), it polls each folder, by default every
     * 10 s. The HIGH sensitivity modifier makes that 2 s; it is an unsupported JDK class, looked
     * up by reflection so that a JDK without it still compiles and runs this (polling slower).
     */
    private static final class Sensitivity {
        static final WatchEvent.Modifier[] HIGH = lookUp();

        private static WatchEvent.Modifier[] lookUp() {
            try {
                Class<?> type = Class.forName("com.sun.nio.file.SensitivityWatchEventModifier");
                return new WatchEvent.Modifier[] {(WatchEvent.Modifier) type.getField("HIGH").get(null)};
            } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
                return new WatchEvent.Modifier[0];
            }
        }
    }
}
