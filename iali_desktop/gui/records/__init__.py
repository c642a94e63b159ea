"""The generic record pages (table, filters, detail form) and the special ones."""
