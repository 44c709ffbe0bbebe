#!/usr/bin/env bash
# mvn -Pinstaller runs this from the project root with the build's JDK as $1. It makes
#   target/runtime           a jlink runtime with the JDK modules and JavaFX (natives in lib/)
#   target/dist/LambdaDesk   the app image, with a class-data cache made by a training run of the image itself
#   target/dist/lambdadesk_<version>_amd64.deb   that image as a Debian package
set -euo pipefail
JDK=${1:?the JDK to build with}
T=target
feature=$("$JDK/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
rm -rf "$T/runtime" "$T/dist" "$T/jpackage-input" "$T/deb-tree"
mkdir -p "$T/jpackage-input" && cp "$T/lambdadesk.jar" "$T/jpackage-input/"

# 1. The runtime, JavaFX included as modules; its natives go to lib/, where System.loadLibrary finds them.
#    Native commands stay until the training run has used bin/java (jlink cannot strip them and make a CDS archive).
"$JDK/bin/jlink" @packaging/jlink.txt --module-path "$T/javafx" --output "$T/runtime"
cp "$T"/javafx/*.so "$T/runtime/lib/"

# 2. The app image; the options that depend on the JDK are given here.
opts=()
[ "$feature" -ge 22 ] && opts+=(--java-options --enable-native-access=javafx.graphics)
[ "$feature" -ge 23 ] && opts+=(--java-options --sun-misc-unsafe-memory-access=allow)
if [ "$feature" -ge 25 ]; then
  cache=lambdadesk.aot
  opts+=(--java-options '-XX:AOTCache=$APPDIR/lambdadesk.aot' --java-options '-Xlog:aot*=off')
else
  cache=lambdadesk.jsa
  opts+=(--java-options '-XX:SharedArchiveFile=$APPDIR/lambdadesk.jsa')
fi
opts+=(--java-options '-Xlog:cds*=off')
opts+=(--app-content packaging/linux/README.txt)  # lands in lib/: what a person who finds the image needs to know
"$JDK/bin/jpackage" @packaging/jpackage-common.txt @packaging/jpackage-app.txt @packaging/linux/app-image.txt \
    "${opts[@]}" --input "$T/jpackage-input" --runtime-image "$T/runtime" --dest "$T/dist"

# 3. Training run: the image's JVM with the image's options opens the window, loads the function list, opens every
#    section once (they are built on first visit) and exits; what it loaded becomes the cache (an AOT cache on
#    JDK 25+, an AppCDS archive before).
image="$PWD/$T/dist/LambdaDesk"
app="$image/lib/app"
mapfile -t cfg < <(sed -n 's/^java-options=//p' "$app/LambdaDesk.cfg" | grep -v -e '-XX:AOTCache' -e '-XX:SharedArchiveFile' | sed "s|\$APPDIR|$app|g")
train=(--data-dir "$PWD/$T/training-data" --training-run)
rm -rf "$T/training-data"
display=()
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "The training run needs a display: set DISPLAY or install xvfb (xvfb-run)." >&2; exit 1; }
  display=(xvfb-run -a -s "-screen 0 1280x800x24")
fi
java="$image/lib/runtime/bin/java"
if [ "$cache" = lambdadesk.aot ]; then
  "${display[@]}" "$java" "${cfg[@]}" -XX:AOTMode=record -XX:AOTConfiguration="$T/lambdadesk.aotconf" \
      -cp "$app/lambdadesk.jar" dev.lambdadesk.app.Main "${train[@]}"
  "$java" "${cfg[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$T/lambdadesk.aotconf" -XX:AOTCache="$app/$cache" \
      -cp "$app/lambdadesk.jar" dev.lambdadesk.app.Main > /dev/null
  rm -f "$T/lambdadesk.aotconf"
else
  "${display[@]}" "$java" "${cfg[@]}" -XX:ArchiveClassesAtExit="$app/$cache" \
      -cp "$app/lambdadesk.jar" dev.lambdadesk.app.Main "${train[@]}"
fi
find "$image/lib/runtime/bin" -mindepth 1 ! -name java -delete  # the launcher below starts bin/java
rm -rf "$T/training-data"

# 4. The launcher: a script that starts the runtime's java with the options of lib/app/LambdaDesk.cfg. jpackage's
#    own launcher asks rpm and then dpkg which package owns it (`dpkg -S` reads every installed package's file list),
#    twice, before it starts the JVM: 0.4 s here, more on a desktop with many packages; longer than the JVM takes to
#    open the window. $APPDIR in the options is the image's lib/app, found from where the script really is.
launcher="$image/bin/LambdaDesk"
{
  echo '#!/bin/sh'
  echo '# Starts LambdaDesk: the bundled Java runtime with the options of ../lib/app/LambdaDesk.cfg.'
  echo 'image=$(dirname "$(dirname "$(readlink -f "$0")")")'
  echo 'APPDIR="$image/lib/app"'
  printf 'exec "$image/lib/runtime/bin/java"'
  sed -n 's/^java-options=//p' "$app/LambdaDesk.cfg" | while IFS= read -r option; do printf ' "%s"' "$option"; done
  printf ' -cp "$APPDIR/lambdadesk.jar" dev.lambdadesk.app.Main "$@"\n'
} > "$launcher"
chmod 755 "$launcher"

# 5. The .deb from that image. jpackage stages the files with new times, and the cache only maps when the jar's
#    time is the one it was made with: the package is unpacked, the jar's time put back, and packed again.
"$JDK/bin/jpackage" @packaging/jpackage-common.txt @packaging/linux/deb.txt --app-image "$image" --dest "$T/dist"
deb=$(ls "$T"/dist/lambdadesk_*.deb)
dpkg-deb -R "$deb" "$T/deb-tree"
touch -r "$app/lambdadesk.jar" "$T/deb-tree/opt/lambdadesk/lib/app/lambdadesk.jar"
cp -p "$app/$cache" "$T/deb-tree/opt/lambdadesk/lib/app/$cache"
fakeroot dpkg-deb -b "$T/deb-tree" "$deb" > /dev/null
rm -rf "$T/deb-tree"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
