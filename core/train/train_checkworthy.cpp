#include "stages/linear_model.h"
int main(){return 0;}
