package dev.lambdadesk.local.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/** The JDK HTTP server bound to the loopback address only, one virtual thread per request. */
public final class EndpointServer implements AutoCloseable {

    static {
        // Without TCP_NODELAY a response larger than the server's buffer waits for the client's delayed ACK (~40 ms).
        // The JDK server reads this once, when its configuration class loads, so set it before the first server.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    private EndpointServer(HttpServer server) {
        this.server = server;
        server.setExecutor(executor);
    }

    /** Binds 127.0.0.1:{@code port} (0 = any free port); call {@link #start} once the handler is ready. */
    public static EndpointServer bind(int port) throws IOException {
        return new EndpointServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
                1024));
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void start(HttpHandler handler) {
        server.createContext("/", handler);
        server.start();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
