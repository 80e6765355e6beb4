package org.nodevspython.preview;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;

/**
 * Answers only requests made to this preview by its own name. A web page open in the same browser
 * can point a name of its own at 127.0.0.1 (DNS rebinding) and then read the unpublished preview as
 * if it were its own site: its requests carry its name in {@code Host}, which is refused here with
 * 403, as Vite and webpack-dev-server do. The names allowed: {@code 127.0.0.1}, {@code localhost} and
 * {@code [::1]} with the preview's port, the {@code --host} given, and, when that is every interface
 * ({@code 0.0.0.0}), the addresses of this computer's interfaces and its name.
 */
final class OwnHost extends Filter {

    private final int port;
    private final Set<String> names = new TreeSet<>();

    OwnHost(String host, int port) {
        this.port = port;
        names.add("127.0.0.1");
        names.add("localhost");
        names.add("[::1]");
        String given = host.toLowerCase(Locale.ROOT);
        if (given.equals("0.0.0.0") || given.equals("::") || given.equals("0:0:0:0:0:0:0:0")) {
            addInterfaces();
        } else {
            names.add(given.contains(":") && !given.startsWith("[") ? "[" + given + "]" : given);
        }
    }

    private void addInterfaces() {
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    String literal = address.getHostAddress().replaceFirst("%.*$", "");
                    names.add(literal.contains(":") ? "[" + literal + "]" : literal);
                }
            }
            names.add(InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT));
        } catch (SocketException | java.net.UnknownHostException e) {
            // the loopback names still work
        }
    }

    /** Whether a {@code Host} header names this preview: one of its names, with its port. */
    boolean allowsHost(String host) {
        if (host == null) {
            return false;
        }
        String value = host.strip().toLowerCase(Locale.ROOT);
        String suffix = ":" + port;
        return value.endsWith(suffix) && names.contains(value.substring(0, value.length() - suffix.length()));
    }

    /** Whether an {@code Origin} header (absent for a page's own same-origin GET) is this preview's. */
    boolean allowsOrigin(String origin) {
        if (origin == null) {
            return true;
        }
        String value = origin.strip().toLowerCase(Locale.ROOT);
        return value.startsWith("http://") && allowsHost(value.substring("http://".length()));
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        if (!allowsHost(exchange.getRequestHeaders().getFirst("Host"))) {
            refuse(exchange);
            return;
        }
        chain.doFilter(exchange);
    }

    static void refuse(HttpExchange exchange) throws IOException {
        byte[] body = "403: this preview answers only requests made to it by its own address (http://127.0.0.1:PORT/)\n"
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(403, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public String description() {
        return "refuses requests whose Host is not this preview's";
    }
}
