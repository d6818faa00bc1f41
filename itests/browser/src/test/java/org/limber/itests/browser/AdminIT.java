package org.limber.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The administration page: accounts, pack upload and removal, and backups, for people who run Limber without a shell. */
class AdminIT extends BrowserTest {

    private static final Duration PACK_WAIT = Duration.ofSeconds(90);

    @BeforeEach
    void signInAsAdministrator() {
        Accounts.signIn(browser, Accounts.admin(browser, limber));
        browser.open("/admin");
        browser.waitForElement("the accounts table", By.cssSelector("table.users tbody tr"));
    }

    private WebElement row(String username) {
        return browser.waitForElement("the row of " + username,
                By.xpath("//table[contains(@class,'users')]//tr[th[contains(normalize-space(), '" + username + "')]]"));
    }

    @Test
    void anAccountIsCreatedDisabledAndDeleted() {
        Accounts.Credentials user = Accounts.fresh("ad");
        browser.driver().findElement(By.id("new-username")).sendKeys(user.username());
        browser.driver().findElement(By.id("new-password")).sendKeys(user.password());
        browser.driver().findElement(By.xpath("//button[normalize-space()='Create account']")).click();
        row(user.username());
        assertEquals(200, Accounts.api(limber, user).get("/api/v1/account").statusCode(), "the new account can sign in");

        row(user.username()).findElement(By.xpath(".//button[normalize-space()='Disable']")).click();
        browser.waitFor("the account to show as disabled", d -> row(user.username()).getText().contains("Disabled"));
        int refused = LimberApi.loginStatus(limber.baseUri(), user);
        assertTrue(refused == 401 || refused == 403, "a disabled account cannot sign in: " + refused);

        row(user.username()).findElement(By.xpath(".//button[normalize-space()='Delete']")).click();
        row(user.username()).findElement(By.xpath(".//button[normalize-space()='Yes, delete']")).click();
        browser.waitFor("the account to go", d -> d.findElements(By.xpath(
                "//table[contains(@class,'users')]//tr[th[contains(normalize-space(), '" + user.username() + "')]]")).isEmpty());
    }

    @Test
    void aPackFileIsUploadedReportedAndRemoved() throws IOException {
        Path demo = Path.of(System.getProperty("limber.itestPacks", "missing")).resolve("demo-1.0.0.pack.json");
        assertTrue(Files.isRegularFile(demo), "the demo test pack is needed at " + demo);
        Path upload = Files.createDirectories(Path.of("target", "it-upload")).resolve("admin-upload.pack.json");
        Files.copy(demo, upload, StandardCopyOption.REPLACE_EXISTING);

        browser.driver().findElement(By.id("pack-file")).sendKeys(upload.toAbsolutePath().toString());
        browser.driver().findElement(By.xpath("//button[normalize-space()='Upload pack']")).click();

        By card = By.xpath("//li[contains(@class,'pack')][.//*[contains(@class,'source-name') and normalize-space()='admin-upload.pack.json']]");
        WebElement pack = browser.waitFor("the uploaded pack's report\n" + limber.logTail(), PACK_WAIT, d -> {
            var found = d.findElements(card);
            return found.isEmpty() || !found.get(0).getAttribute("class").contains("state-active") ? null : found.get(0);
        });
        assertTrue(pack.getText().contains("In use"), pack.getText());
        browser.screenshot("admin-pack-uploaded");

        pack.findElement(By.xpath(".//button[normalize-space()='Remove']")).click();
        browser.driver().findElement(By.xpath("//button[normalize-space()='Yes, remove']")).click();
        browser.waitFor("the pack to go", PACK_WAIT, d -> d.findElements(card).isEmpty());
    }

    @Test
    void backUpNowShowsTheFileAndItsSize() {
        browser.driver().findElement(By.xpath("//button[normalize-space()='Back up now']")).click();

        WebElement result = browser.waitForElement("the backup's file and size", By.cssSelector(".backup-result"));
        String text = result.getText();
        assertTrue(text.contains(".db"), "names the file: " + text);
        assertTrue(text.matches("(?s).*\\d+(\\.\\d)? (bytes|KB|MB).*"), "gives the size: " + text);
    }
}
