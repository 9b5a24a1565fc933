package org.ziyuanku.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Filling PrimeFaces inputs of non-Ajax forms the way their widgets do: a p:selectOneMenu submits its hidden native
 * select ({@code <id>_input}), so choosing an option there (by its visible label) is what picking it in the overlay
 * amounts to; text inputs are cleared and typed into.
 */
public final class PrimeFacesInputs {

    private PrimeFacesInputs() {
    }

    /** Chooses the option of the p:selectOneMenu {@code id} whose label is {@code label} (trimmed); fails without. */
    public static void choose(WebDriver driver, String id, String label) {
        Object found = ((JavascriptExecutor) driver).executeScript("var s = document.getElementById(arguments[0]);"
                + " if (!s) { return 'no select'; }"
                + " for (var i = 0; i < s.options.length; i++) {"
                + "   if (s.options[i].text.trim() === arguments[1]) { s.selectedIndex = i;"
                + "     s.dispatchEvent(new Event('change', {bubbles: true})); return 'ok'; } }"
                + " return Array.prototype.map.call(s.options, function (o) { return o.text; }).join(' | ');",
                id + "_input", label);
        if (!"ok".equals(found)) {
            throw new AssertionError("no option '" + label + "' in " + id + ": " + found);
        }
    }

    /** Clears the text input {@code id} and types {@code text}. */
    public static void type(WebDriver driver, String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Puts a date (2026-09-01) into an HTML date field as picking it in the browser's calendar leaves it (typing into
     * a date field follows the browser's locale order of day, month and year).
     */
    public static void date(WebDriver driver, String id, String value) {
        ((JavascriptExecutor) driver).executeScript("var f = document.getElementById(arguments[0]);"
                + " f.value = arguments[1]; f.dispatchEvent(new Event('change', {bubbles: true}));", id, value);
    }
}
