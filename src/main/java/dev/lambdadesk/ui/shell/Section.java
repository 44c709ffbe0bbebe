package dev.lambdadesk.ui.shell;

/** The places the sidebar leads to, in sidebar order; the n-th one is also reached with Ctrl+n. */
public enum Section {
    FUNCTIONS("functions", "Functions", "fth-zap"),
    CODE_SIGNING_CONFIGS("csc", "Code signing configs", "fth-shield"),
    SIGNING_PROFILES("profiles", "Signing profiles", "fth-key"),
    SIGNING_JOBS("jobs", "Signing jobs", "fth-pen-tool"),
    LAYERS("layers", "Layers", "fth-layers"),
    SAM_APPLICATIONS("sam", "SAM applications", "fth-package");

    private final String id;
    private final String title;
    private final String iconLiteral;

    Section(String id, String title, String iconLiteral) {
        this.id = id;
        this.title = title;
        this.iconLiteral = iconLiteral;
    }

    /** Short stable name used in node ids: {@code #nav-<id>} in the sidebar, {@code #section-<id>} for content. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The Ikonli Feather icon shown beside the title. */
    public String iconLiteral() {
        return iconLiteral;
    }

    /** 1 for the first section, as in Ctrl+1. */
    public int shortcutNumber() {
        return ordinal() + 1;
    }
}
