package org.nodevspython.preview;

import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code preview}: bakes the site, serves it on http://127.0.0.1:8820/ and bakes again on
 * every save, reloading the page in the browser. Run it with
 * {@code ./mvnw -q compile exec:java -Dexec.args="preview"}.
 */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"Bakes the site into target/site, serves it and re-bakes on every save of content/, templates/, assets/,",
                "data/ or jbake.properties; the open page reloads by itself and shows the problems of a failed bake."})
public final class PreviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8820", description = "The port to serve on (0: any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    // the default answers this computer only: a draft is nobody else's business until it is pushed
    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "The address to listen on. Default: ${DEFAULT-VALUE}, this computer only; 0.0.0.0 opens it to the network.")
    String host;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        PrintStream err = System.err;
        Preview preview;
        try {
            preview = Preview.start(project(), host, port, System.out, err);
        } catch (BindException e) {
            err.println("Cannot listen on " + host + ":" + port + ": " + e.getMessage()
                    + " (is another preview running? stop it, or use --port " + (port == 0 ? 8821 : port + 1) + ")");
            return 1;
        }
        if (!isLoopback(host)) {
            err.println("Note: listening on " + host + ", so other computers of the network can open the preview.");
        }
        // Maven runs this inside its own JVM (exec:java), where returning would end the run and
        // System.exit would end Maven itself: block until Ctrl-C, which runs the shutdown hooks.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            System.out.println("Preview stopped.");
            stopped.countDown();
        }, "preview-shutdown"));
        stopped.await();
        return 0;
    }

    /** The project folder: the parent command's {@code --source}, an option inherited by every subcommand. */
    private Path project() {
        Object source = spec.findOption("--source") == null ? null : spec.findOption("--source").getValue();
        return (source instanceof Path path ? path : Path.of(".")).toAbsolutePath().normalize();
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }
}
