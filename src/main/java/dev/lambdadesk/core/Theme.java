package dev.lambdadesk.core;

/** The app's colour theme. */
public enum Theme { LIGHT, DARK }
