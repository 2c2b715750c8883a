"""``lettercheck serve``: a local web page for people who never open a terminal.

They drop a letter on the page (or paste its text), read the findings in the letter itself,
and take an annotated Word copy and the fixed letter back to their work. The page is a thin
layer over the same library calls as the CLI (check, ``annotate``, ``fix``) and shows the
result with the HTML report's own templates; it adds no analysis of its own.

``app.py`` holds the routes, ``upload.py`` turns one upload into a result and the files to
download (in a temporary folder that is removed at once), ``downloads.py`` keeps those files
in memory until they are downloaded or expire.
"""
