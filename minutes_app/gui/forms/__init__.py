"""Forms compiled from ui/*.ui by scripts/build_forms; regenerate them, never edit them."""
