package dev.lambdadesk.ui.shell;

import javafx.application.Application;
import javafx.beans.value.ObservableValue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;

/** Keeps the application's AtlantaFX theme in step with the dark-theme choice (PrimerLight or PrimerDark). */
final class ThemeApplier {

    private static final Theme LIGHT = new PrimerLight();
    private static final Theme DARK = new PrimerDark();

    private ThemeApplier() {
    }

    static void follow(ObservableValue<Boolean> darkTheme) {
        apply(darkTheme.getValue());
        darkTheme.addListener((observable, old, dark) -> apply(dark));
    }

    private static void apply(boolean dark) {
        Application.setUserAgentStylesheet(stylesheetOf(dark ? DARK : LIGHT));
    }

    /** The theme's compiled stylesheet where it ships one: read without parsing 170 KB of CSS at start-up. */
    static String stylesheetOf(Theme theme) {
        String compiled = theme.getUserAgentStylesheetBSS();
        return compiled != null ? compiled : theme.getUserAgentStylesheet();
    }
}
