# Shim for bench versions that install apps with setup.py; pyproject.toml is the source of truth.
from setuptools import setup

setup()
