"""Qt widgets, dialogs and item models. No business rules: they call the services."""
