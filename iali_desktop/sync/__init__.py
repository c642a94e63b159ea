"""Sync by signed export bundles: keys, the bundle format, export, import and merge."""
