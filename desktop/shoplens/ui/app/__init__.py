"""The application shell: main window, navigation, start-up, settings, welcome page and self-test."""
