#pragma once

namespace ptuj {

/// Registers the console's icons and application icon (":/icons/…", ":/app/…") with the
/// resource system. Linking the ptuj_resources target through CMake already does this at
/// start-up (its resource object file is linked straight into the executable); calling it
/// again is harmless, and it is needed only when the static archive is linked by hand.
void initResources();

} // namespace ptuj
