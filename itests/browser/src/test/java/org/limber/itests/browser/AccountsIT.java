package org.limber.itests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** First-run set-up, self-registration once an administrator opens it, signing in and out, and private pages. */
class AccountsIT extends BrowserTest {

    @Test
    void setUpThenOpenRegistrationThenSignUpAndSignIn() {
        Accounts.Credentials admin = Accounts.admin(browser, limber);
        Accounts.signIn(browser, admin);
        assertFalse(browser.all(By.cssSelector("nav a[href='/admin']")).isEmpty(), "administrators see the Admin link");

        browser.open("/admin");
        WebElement open = browser.waitForElement("the registration switch", By.id("registration-open"));
        if (!open.isSelected()) {
            open.click();
            browser.waitFor("registration to be open", d -> d.findElement(By.id("registration-open")).isSelected()
                    && d.findElement(By.cssSelector("section[aria-labelledby='registration'] .saved")).getText().contains("open"));
        }
        Accounts.signOut(browser);

        Accounts.Credentials ann = Accounts.fresh("ann");
        browser.open("/sign-up");
        browser.waitForElement("the sign-up form", By.id("username")).sendKeys(ann.username());
        browser.driver().findElement(By.id("password")).sendKeys(ann.password());
        browser.driver().findElement(By.id("repeat")).sendKeys(ann.password());
        browser.driver().findElement(By.cssSelector("form button[type='submit']")).click();
        browser.waitFor("the new user to be signed in", d -> browser.path().equals("/check-in")
                && ann.username().equals(Accounts.signedInName(browser)));
        assertTrue(browser.all(By.cssSelector("nav a[href='/admin']")).isEmpty(), "users see no Admin link");

        Accounts.signOut(browser);
        browser.open("/sign-in");
        browser.waitForElement("the sign-in form", By.id("username")).sendKeys(ann.username());
        browser.driver().findElement(By.id("password")).sendKeys("not-" + ann.password());
        browser.driver().findElement(By.cssSelector("form button[type='submit']")).click();
        WebElement problem = browser.waitForElement("the refusal", By.cssSelector(".form-problem[role='alert']"));
        assertTrue(problem.getText().contains("Wrong username or password"), problem.getText());

        Accounts.signIn(browser, ann);
        assertEquals("Check-in · Limber", browser.driver().getTitle());

        Accounts.adminApi(browser, limber).expect(200, "PUT", "/api/v1/admin/settings", Map.of("registrationOpen", false));
    }

    @Test
    void signedOutVisitorsOfPrivatePagesGoToSignInAndComeBack() {
        Accounts.Credentials user = Accounts.newUser(browser, limber, "bo");
        browser.driver().manage().deleteAllCookies();

        browser.open("/insights");

        browser.waitFor("the sign-in page", d -> browser.path().startsWith("/sign-in?next="));
        browser.waitForElement("the sign-in form", By.id("username")).sendKeys(user.username());
        browser.driver().findElement(By.id("password")).sendKeys(user.password());
        browser.driver().findElement(By.cssSelector("form button[type='submit']")).click();
        browser.waitFor("the insights page after signing in", d -> browser.path().equals("/insights")
                && !d.findElements(By.cssSelector("main h1")).isEmpty()
                && d.findElement(By.cssSelector("main h1")).getText().equals("Insights"));
    }

    @Test
    void setUpIsOnceAndRegistrationCanBeClosed() {
        Accounts.admin(browser, limber);
        browser.driver().manage().deleteAllCookies();

        browser.open("/setup");
        WebElement main = browser.waitForElement("the set-up page", By.cssSelector("main"));
        browser.waitFor("the set-up page to say it is done", d -> main.getText().contains("already set up"));
        assertTrue(browser.all(By.id("token")).isEmpty(), "no second set-up form");

        browser.open("/sign-up");
        browser.waitFor("the sign-up page to say registration is closed", d -> d.findElement(By.cssSelector("main")).getText()
                .contains("Ask its administrator"));
        assertTrue(browser.all(By.id("username")).isEmpty(), "no sign-up form while registration is closed");
    }

    @Test
    void aRefusedPasswordIsExplainedNextToItsField() {
        Accounts.signIn(browser, Accounts.admin(browser, limber));
        browser.open("/admin");
        browser.waitForElement("the new-account form", By.id("new-username")).sendKeys(Accounts.fresh("short").username());
        browser.driver().findElement(By.id("new-password")).sendKeys("short");
        browser.driver().findElement(By.xpath("//button[normalize-space()='Create account']")).click();

        WebElement error = browser.waitForElement("the password's error", By.id("new-password-error"));
        assertFalse(error.getText().isBlank());
        assertEquals("true", browser.driver().findElement(By.id("new-password")).getAttribute("aria-invalid"));
        assertTrue(browser.driver().findElement(By.id("new-password")).getAttribute("aria-describedby").contains("new-password-error"));
    }
}
