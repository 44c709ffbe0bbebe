package dev.lambdadesk.ui.common;

/**
 * How a status should read at a glance. ViewModels say which tone a status has; views turn it into the theme's
 * state pseudo-classes, so no colour is ever chosen in code.
 */
public enum Tone {
    NEUTRAL, ACCENT, SUCCESS, WARNING, DANGER
}
