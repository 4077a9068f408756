// The logging category of the models/ layer.
#include "models/logging.h"

Q_LOGGING_CATEGORY(lcModels, "onramp.models", QtInfoMsg)
