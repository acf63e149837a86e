#include <iostream>
int main() { std::cout << "actorgraph\n"; return 0; }
