// The logging category of the ui/ layer.
#include "ui/logging.h"

Q_LOGGING_CATEGORY(lcUi, "onramp.ui")
