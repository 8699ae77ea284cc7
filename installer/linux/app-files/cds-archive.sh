#!/bin/sh
# Usage: cds-archive.sh APP_ROOT   (the app image: target/installer/Dockwise, or /opt/dockwise)
# Writes lib/app/dockwise.jsa, a class-data-sharing archive of the JDK, JavaFX and Dockwise classes
# the wizard loads up to its main window (the list is dockwise.classlist, made by make-classlist.sh).
# On JDK 17 the archive records the jars' absolute paths and is ignored anywhere else, so it is made
# where the app lives: by the build for the app image, by postinst for the installed package.
# If the dump fails, the runtime's default archive (JDK classes only) takes its place: the launcher
# names dockwise.jsa, and a missing archive would turn class sharing off altogether.
set -eu
root=$(cd "$1" && pwd)
app=$root/lib/app
classpath=$(awk -v app="$app" -F= '$1 == "app.classpath" { sub(/^\$APPDIR/, app, $2); printf "%s%s", sep, $2; sep = ":" }' "$app/Dockwise.cfg")
rm -f "$app/dockwise.jsa"
if ! "$root/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/dockwise.classlist" \
     -XX:SharedArchiveFile="$app/dockwise.jsa" -cp "$classpath" >/dev/null 2>&1; then
  echo "dockwise: class-data-sharing archive not created; using the runtime's default" >&2
  cp "$root/lib/runtime/lib/server/classes.jsa" "$app/dockwise.jsa"
fi
