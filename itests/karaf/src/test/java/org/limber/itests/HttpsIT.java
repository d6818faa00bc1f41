package org.limber.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.limber.account.api.AccountService;
import org.limber.account.api.Role;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Limber serves HTTPS when given a certificate through Felix HTTP's settings (as docs/security.md says), and its
 * session cookie is Secure over HTTPS only. The certificate is made for the test with the JDK's keytool.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HttpsIT extends LimberTestSupport {
    private static final String STORE_PASSWORD = "itest-keystore";
    private static final String PASSWORD = "itest-https-Password-5";

    @Inject
    AccountService accounts;

    @Configuration
    public Option[] config() throws IOException, InterruptedException {
        File keystore = new File("target/https/limber.p12").getAbsoluteFile();
        makeKeystore(keystore);
        String securePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            securePort = Integer.toString(socket.getLocalPort());
        }
        String cfg = "etc/org.apache.felix.http.cfg";
        return OptionUtils.combine(limberDistribution(),
                editConfigurationFilePut(cfg, "org.apache.felix.https.enable", "true"),
                editConfigurationFilePut(cfg, "org.osgi.service.http.port.secure", securePort),
                editConfigurationFilePut(cfg, "org.apache.felix.https.keystore", keystore.getPath()),
                editConfigurationFilePut(cfg, "org.apache.felix.https.keystore.password", STORE_PASSWORD),
                editConfigurationFilePut(cfg, "org.apache.felix.https.keystore.key.password", STORE_PASSWORD),
                systemProperty("limber.itest.securePort").value(securePort),
                systemProperty("limber.itest.keystore").value(keystore.getPath()));
    }

    private static void makeKeystore(File keystore) throws IOException, InterruptedException {
        if (keystore.exists() && !keystore.delete()) {
            throw new IOException("cannot replace " + keystore);
        }
        keystore.getParentFile().mkdirs();
        String keytool = System.getProperty("java.home") + "/bin/keytool";
        Process process = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", "limber", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "san=ip:127.0.0.1,dns:localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.getPath(),
                "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
    }

    @Test
    public void servesHttpsWithTheGivenCertificateAndMarksTheCookieSecure() throws Exception {
        accounts.create("tls-user", PASSWORD, Role.USER);
        URI https = URI.create("https://127.0.0.1:" + required("limber.itest.securePort"));
        HttpClient client = HttpClient.newBuilder().sslContext(trusting(required("limber.itest.keystore")))
                .connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> health = awaitHttps(client, https.resolve("/api/v1/health"));
        assertEquals(health.body(), 200, health.statusCode());

        String secureCookie = login(client, https);
        assertTrue(secureCookie, secureCookie.contains("Secure"));
        assertTrue(secureCookie, secureCookie.contains("HttpOnly"));
        assertTrue(secureCookie, secureCookie.contains("SameSite=Strict"));

        String plainCookie = login(HttpClient.newHttpClient(), URI.create(baseUrl()));
        assertFalse(plainCookie, plainCookie.contains("Secure"));
        assertTrue(plainCookie, plainCookie.contains("HttpOnly"));
    }

    private static String login(HttpClient client, URI base) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"tls-user\",\"password\":\"" + PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(response.body(), 200, response.statusCode());
        return response.headers().firstValue("Set-Cookie").orElseThrow();
    }

    /** The HTTPS connector may open a moment after the HTTP one: polls until it answers. */
    private static HttpResponse<String> awaitHttps(HttpClient client, URI uri) throws Exception {
        IOException last = null;
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                last = e;
                TimeUnit.MILLISECONDS.sleep(200);
            }
        }
        throw new AssertionError("HTTPS did not answer at " + uri, last);
    }

    /** Trusts exactly the test's certificate. */
    private static SSLContext trusting(String keystorePath) throws Exception {
        KeyStore keystore = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(keystorePath)) {
            keystore.load(in, STORE_PASSWORD.toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("limber", keystore.getCertificate("limber"));
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
