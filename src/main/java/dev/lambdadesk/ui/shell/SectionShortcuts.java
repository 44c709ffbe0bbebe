package dev.lambdadesk.ui.shell;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Ctrl+1..6 (Cmd on macOS) switch sections from anywhere in the window. */
final class SectionShortcuts {

    private SectionShortcuts() {
    }

    static KeyCombination keysFor(Section section) {
        return new KeyCodeCombination(KeyCode.valueOf("DIGIT" + section.shortcutNumber()),
                KeyCombination.SHORTCUT_DOWN);
    }

    static void install(Scene scene, ShellViewModel shell) {
        for (Section section : Section.values()) {
            scene.getAccelerators().put(keysFor(section), () -> shell.select(section));
        }
    }
}
