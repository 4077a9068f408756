// The logging category of the aws/ layer.
#include "aws/logging.h"

Q_LOGGING_CATEGORY(lcAws, "onramp.aws", QtInfoMsg)
