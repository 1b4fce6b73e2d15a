"""The bundled files: fonts, icons, translations, the interchange schema and the sample meeting."""
