"""The content pack: its models, where packs live, loading, the cache of loaded packs, checks.

This package imports nothing: each command imports only the modules it needs.
"""
