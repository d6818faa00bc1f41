package org.limber.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The accounts the browser tests use. The first administrator is created once per run, through the set-up page
 * with the one-time token Limber prints to its log; whichever test class needs an account first does it.
 */
final class Accounts {

    record Credentials(String username, String password) {
    }

    static final Pattern TOKEN_LINE = Pattern.compile("Limber set-up token: (\\S+)");
    private static final Duration TOKEN_WAIT = Duration.ofSeconds(30);

    private static Credentials admin;

    private Accounts() {
    }

    /** The administrator, set up through the set-up page on first use. */
    static synchronized Credentials admin(Browser browser, LimberExtension.Limber limber) {
        if (admin == null) {
            admin = setUpThroughTheUi(browser, limber);
        }
        return admin;
    }

    static Credentials fresh(String prefix) {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        return new Credentials(prefix + "-" + suffix, "Gentle-stretch-" + suffix + "-daily");
    }

    /** A new account with the role "user", created by the administrator through the API. */
    static Credentials newUser(Browser browser, LimberExtension.Limber limber, String prefix) {
        Credentials user = fresh(prefix);
        adminApi(browser, limber).expect(201, "POST", "/api/v1/admin/users",
                Map.of("username", user.username(), "password", user.password(), "role", "user"));
        return user;
    }

    static LimberApi adminApi(Browser browser, LimberExtension.Limber limber) {
        return LimberApi.signIn(limber.baseUri(), admin(browser, limber));
    }

    static LimberApi api(LimberExtension.Limber limber, Credentials user) {
        return LimberApi.signIn(limber.baseUri(), user);
    }

    private static Credentials setUpThroughTheUi(Browser browser, LimberExtension.Limber limber) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/journal");
        browser.waitFor("a signed-out visitor of a private page to be sent to set-up", d -> browser.path().equals("/setup"));
        WebElement token = browser.waitForElement("the set-up form", By.id("token"));
        String help = browser.driver().findElement(By.id("token-hint")).getText();
        assertTrue(help.contains("Limber set-up token:"), "the page says where the token is: " + help);

        Credentials credentials = new Credentials("admin-" + UUID.randomUUID().toString().substring(0, 6), fresh("a").password());
        token.sendKeys("not-the-token");
        browser.driver().findElement(By.id("username")).sendKeys(credentials.username());
        browser.driver().findElement(By.id("password")).sendKeys(credentials.password());
        browser.driver().findElement(By.cssSelector("form button[type='submit']")).click();
        WebElement error = browser.waitForElement("the wrong token to be refused next to its field", By.id("token-error"));
        assertTrue(!error.getText().isBlank(), "the field says what is wrong");
        assertEquals("true", browser.driver().findElement(By.id("token")).getAttribute("aria-invalid"));

        token.clear();
        token.sendKeys(setupToken(limber));
        browser.driver().findElement(By.cssSelector("form button[type='submit']")).click();
        browser.waitFor("the new administrator to be signed in", d -> browser.path().equals("/check-in")
                && credentials.username().equals(signedInName(browser)));
        return credentials;
    }

    /** The last set-up token Limber printed to its log (it prints one at each start until set-up is done). */
    static String setupToken(LimberExtension.Limber limber) {
        Path log = home(limber).resolve("data/log/karaf.log");
        Instant deadline = Instant.now().plus(TOKEN_WAIT);
        while (true) {
            String token = lastToken(log);
            if (token != null) {
                return token;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No line 'Limber set-up token: <token>' in " + log + " after " + TOKEN_WAIT.toSeconds()
                        + " s\n" + limber.logTail());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    static String lastToken(Path log) {
        if (!Files.isRegularFile(log)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            String token = null;
            for (String line : lines) {
                Matcher m = TOKEN_LINE.matcher(line);
                if (m.find()) {
                    token = m.group(1);
                }
            }
            return token;
        } catch (IOException e) {
            return null;
        }
    }

    private static Path home(LimberExtension.Limber limber) {
        if (limber.server() != null) {
            return limber.server().home();
        }
        return limber.deployDir().map(Path::getParent)
                .orElseThrow(() -> new AssertionError("Set -Dlimber.home to read the set-up token from the server's log"));
    }

    /** The name the header shows as signed in, or null when nobody is. */
    static String signedInName(Browser browser) {
        List<WebElement> name = browser.all(By.cssSelector(".user-nav .user-name"));
        return name.isEmpty() ? null : name.get(0).getText().replace("Signed in as", "").trim();
    }

    /** Signs in through the sign-in page (signing out whoever was signed in) and waits for the check-in page. */
    static void signIn(Browser browser, Credentials user) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/sign-in");
        browser.waitForElement("the sign-in form", By.id("username")).sendKeys(user.username());
        browser.driver().findElement(By.id("password")).sendKeys(user.password());
        browser.driver().findElement(By.cssSelector("form button[type='submit']")).click();
        browser.waitFor(user.username() + " to be signed in", d -> browser.path().equals("/check-in")
                && user.username().equals(signedInName(browser)));
    }

    static void signOut(Browser browser) {
        browser.driver().findElement(By.xpath("//div[contains(@class,'user-nav')]//button[normalize-space()='Sign out']")).click();
        browser.waitFor("the header to offer signing in", d -> !d.findElements(By.cssSelector(".user-nav a[href='/sign-in']")).isEmpty());
    }
}
