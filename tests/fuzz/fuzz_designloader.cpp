// The design loader on any bytes: a design or a refusal with a message, never a crash; what
// loads saves, and the saved text loads again to the same text.
#include "designjson.h"
#include "fuzzcheck.h"

using namespace kumo;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const DesignReadResult result = DesignJson::read(fuzz::bytes(data, size));
    if (!result.ok()) {
        fuzz::check(!result.error.message.isEmpty(), "a refusal says why");
        return 0;
    }
    const QByteArray saved = DesignJson::write(*result.design);
    const DesignReadResult again = DesignJson::read(saved);
    fuzz::check(again.ok(), "what loads, saves and loads again");
    fuzz::check(DesignJson::write(*again.design) == saved, "saving is stable");
    return 0;
}
