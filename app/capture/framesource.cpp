#include "framesource.h"

// The vtable and the moc's code of the interface live here.
