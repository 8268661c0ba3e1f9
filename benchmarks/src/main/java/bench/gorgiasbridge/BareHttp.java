package bench.gorgiasbridge;

import io.javalin.Javalin;

/** The HTTP ceiling: a bare Javalin handler that reads the body and answers 202, nothing else. */
public final class BareHttp {
    private BareHttp() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = 1_048_576;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = port;
            config.routes.get("/health/ready", ctx -> ctx.result("ok"));
            config.routes.post("/webhooks/gorgias/ticket", ctx -> {
                byte[] body = ctx.bodyAsBytes();
                ctx.status(202).contentType("application/json")
                        .result("{\"status\":\"accepted\",\"bytes\":" + body.length + "}");
            });
        }).start();
    }
}
